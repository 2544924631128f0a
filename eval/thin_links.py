"""Links whose two claims share nothing but words that say nothing of the claim: true or false, by family.

    python eval/thin_links.py [--only NAME] [--rows]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`), each
link the analysis makes in a pair of documents the gold judges, true (a required or optional gold link confirms it, as
the scorer locates spans) or false, with the concepts its two claims share (the engine's own terms, after its stop
words and paraphrase groups), each read as one family:
  name     who the event is about: the call's people and places (`Weights.who`), a leader's name or title (TITLES)
  date     a date, month or weekday (`terms.is_date`)
  scene    the call or meeting noun and the words that set it (`similarity.SCENE`: call, talk, discussed, met, held)
  verb     other verbs of saying, meeting or agreeing and the manner or stance words (`similarity.SETTING` beyond the
           scene, and TALK_VERBS below)
  common   a concept more than a quarter of the folder's claims use (`Weights.common`), not one of the above
  content  anything else.
A link is thin when it shares no content concept; the table counts true and false links by the families they share
(thin ones, and how many of the two claims only mention the meeting: `similarity.mention`), and by how many
content concepts they share otherwise. Counts only; texts with --rows
(docs/engine.md, Round 47, helper links104)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from call_mention_links import end_claims  # noqa: E402
from scoring import Spans, _pair, load_gold  # noqa: E402
from unlinked import _captured, readable  # noqa: E402  (importing it captures the linking's context)

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.language.synonyms import concept  # noqa: E402
from readout_viewer.core.linking.similarity import SCENE, SETTING, TITLES, mention  # noqa: E402
from readout_viewer.core.linking.terms import is_date  # noqa: E402

# Verbs of saying, meeting or agreeing that the engine keeps as concepts (the census's family "verb").
TALK_VERBS = frozenset(concept(w) for w in """agreed agree spoke discussed held expressed conveyed voiced shared
exchanged informed briefed noted stressed underlined highlighted reiterated reaffirmed confirmed welcomed thanked
congratulated invited""".split())


def family(c: str, w) -> str:
    """The family of one shared concept (the module's docstring)."""
    if c in w.who or c in TITLES or c in w.leaders:
        return "name"
    if is_date(c):
        return "date"
    if c in SCENE:
        return "scene"
    if c in SETTING or c in TALK_VERBS:
        return "verb"
    return "common" if c in w.common else "content"


def rows(name: str, folder: Path, gold_path: Path) -> list[dict]:
    """One row per link in a judged pair of documents: true or false, its shared concepts by family."""
    _captured.clear()
    analysis = analyze(folder)
    context = _captured[-1]
    w, terms = context.w, context.terms
    data = jsonio.to_dict(analysis)
    gold = load_gold(gold_path)
    spans = Spans(data, gold.get("docs", {}))
    claims = data["claims"]
    doc_of = {c["id"]: c["doc"] for c in claims}
    text = {c.id: c.text for c in analysis.claims}
    official = {d.id for d in analysis.documents if d.is_official}
    gold_links = [(g["from"], g["to"]) for g in gold.get("links", [])] + \
        [([o[0], o[1]], o[2]) for o in gold.get("optional", [])]
    confirmed: set[frozenset[str]] = set()
    judged: set[tuple[str, str]] = set()
    for frm, tos in gold_links:
        a = end_claims(claims, spans.span(frm))
        for to in tos:
            b = end_claims(claims, spans.span(to))
            if a and b:
                confirmed |= {frozenset((x, y)) for x in a for y in b}
                judged.add(_pair(doc_of[a[0]], doc_of[b[0]]))
    out = []
    for lk in analysis.links:
        if _pair(doc_of[lk.a], doc_of[lk.b]) not in judged:
            continue
        ta, tb = terms.get(lk.a), terms.get(lk.b)
        shared = (ta.concepts & tb.concepts) if ta and tb else frozenset()
        fam = {c: family(c, w) for c in shared}
        fams = Counter(fam.values())
        ends = "+".join(sorted("official" if doc_of[x] in official else "outlet" for x in (lk.a, lk.b)))
        bare = sum(bool(t) and mention(t, w) for t in (ta, tb))
        out.append({"event": name, "bare": bare, "true": frozenset((lk.a, lk.b)) in confirmed, "score": lk.score,
                    "fams": fams, "fam": fam, "ends": ends, "shared": sorted(shared), "a": text[lk.a], "b": text[lk.b]})
    return out


def key(r: dict) -> str:
    """The row's class: the families of a thin link, or how many content concepts a link shares."""
    n = r["fams"].get("content", 0)
    if n:
        return f"content {min(n, 3)}{'+' if n >= 3 else ''}"
    return f"thin, {r['bare']} mention(s): " + ("+".join(sorted(r["fams"])) or "nothing shared")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--rows", action="store_true")
    args = parser.parse_args()
    got: list[dict] = []
    for name, folder, gold in readable():
        if args.only and args.only not in name:
            continue
        got += rows(name, folder, gold)
    counts = Counter((key(r), r["true"]) for r in got)
    events: dict[str, set[str]] = {}
    for r in got:
        if not r["true"]:
            events.setdefault(key(r), set()).add(r["event"])
    print(f"{'shared':40s} {'true':>5s} {'false':>5s} {'false events':>12s}")
    for k in sorted({k for k, _ in counts}):
        print(f"{k:40s} {counts[(k, True)]:5d} {counts[(k, False)]:5d} {len(events.get(k, ())):12d}")
    if args.rows:
        for r in sorted(got, key=key):
            if key(r).startswith("thin") or (key(r) == "content 1" and not r["true"]):
                content = [c for c in r["shared"] if r["fam"][c] == "content"]
                print(f"{'TRUE ' if r['true'] else 'FALSE'} {r['score']:.2f} {r['ends']:16s} {r['event'][:26]:26s} "
                      f"{key(r)[6:17]} {content} {r['shared']} | {r['a'][:90]!r} ~ {r['b'][:90]!r}")


if __name__ == "__main__":
    main()
