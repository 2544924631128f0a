"""Gold links with a bare call mention at one end or both: found or missed, and where the engine put each end instead.

    python eval/call_mention_links.py [--only NAME] [--rows]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT), every claim of the
analysis is read as one of three kinds, with the engine's own tests:
  bare     a claim that only says the call took place (`similarity.mention`: who, how and when, nothing said in it)
           and brings the call in (`call_mentions._call_in`: "had a telephone conversation with", "spoke with");
  call+    any other claim that brings the call in or names the act (`ledes.CALL_ACT`): a mention with content;
  content  any other claim.
Every gold link (required and optional), located on the claims its spans overlap (as the scorer does; an end is bare
when one of its claims is, else call+ when one is), is counted by the kinds of its
two ends when either end is bare: found (the analysis links the two) or missed, and for a missed one where the engine
linked each end instead (the kinds of the claims each end is linked to, or "none"), each end also read as an
outlet's or an official text's. Then the false links (analysis
links in a pair of documents the gold judges, that no gold link confirms) with a bare end, by the kinds of their ends.
Folders are split into dev, old, the read events built before Round 39 and those built in the last five rounds
(Rounds 39-43: the folder's gold first committed on or after that round's start). Counts only; texts with --rows
(docs/engine-history.md, Round 43, helper links94)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from scoring import Spans, _pair, load_gold, overlaps  # noqa: E402
from unlinked import _captured, readable  # noqa: E402  (importing it captures the linking's context)

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.linking.call_mentions import _call_in  # noqa: E402
from readout_viewer.core.linking.ledes import CALL_ACT  # noqa: E402
from readout_viewer.core.linking.similarity import mention  # noqa: E402

# The start of Round 39 (docs/engine-history.md): the read events whose gold was first committed since are "recent".
RECENT_SINCE = "2026-12-06T14:43:00+00:00"


def group(name: str, folder: Path) -> str:
    """dev, old, recent (gold first committed since RECENT_SINCE) or older."""
    if name in ("dev", "old"):
        return name
    dates = subprocess.run(["git", "-C", str(ROOT), "log", "--diff-filter=A", "--format=%cI", "--",
                            str(folder / "gold.yaml")], capture_output=True, text=True, check=False).stdout.split()
    return "recent" if dates and min(dates) >= RECENT_SINCE else "older"


def kinds(analysis, context) -> dict[str, str]:
    """Each claim's kind: bare, call+ or content (the module's docstring)."""
    out = {}
    for c in analysis.claims:
        t = context.terms.get(c.id)
        if t is None:
            out[c.id] = "content"
            continue
        brought = _call_in(c.text, context.w) is not None
        if brought and mention(t, context.w):
            out[c.id] = "bare"
        else:
            out[c.id] = "call+" if brought or t.concepts & CALL_ACT else "content"
    return out


def end_claims(claims: list[dict], span) -> list[str]:
    """The claims a gold span overlaps (the scorer's `overlaps`: a link counts when any of them is linked)."""
    return [c["id"] for c in claims if overlaps(c, span)]


def end_kind(ids: list[str], kind: dict[str, str]) -> str:
    """An end's kind: bare when one of its claims is, else call+ when one is, else content."""
    got = {kind[c] for c in ids}
    return "bare" if "bare" in got else "call+" if "call+" in got else "content"


def rows(name: str, folder: Path, gold_path: Path) -> tuple[list[dict], list[dict]]:
    """The gold links with a bare end (found or missed, and where each end went) and the false links with a bare end."""
    _captured.clear()
    analysis = analyze(folder)
    context = _captured[-1]
    kind = kinds(analysis, context)
    data = jsonio.to_dict(analysis)
    gold = load_gold(gold_path)
    spans = Spans(data, gold.get("docs", {}))
    claims = data["claims"]
    text = {c.id: c.text for c in analysis.claims}
    doc_of = {c["id"]: c["doc"] for c in claims}
    official = {d.id for d in analysis.documents if d.is_official}
    linked: dict[str, set[str]] = defaultdict(set)
    for lk in analysis.links:
        linked[lk.a].add(lk.b)
        linked[lk.b].add(lk.a)
    gold_links = [("required", g["from"], g["to"]) for g in gold.get("links", [])] + \
        [("optional", [o[0], o[1]], o[2]) for o in gold.get("optional", [])]
    confirmed: set[frozenset[str]] = set()
    judged: set[tuple[str, str]] = set()
    out = []
    for need, frm, tos in gold_links:
        a = end_claims(claims, spans.span(frm))
        for to in tos:
            b = end_claims(claims, spans.span(to))
            if not a or not b:
                continue
            confirmed |= {frozenset((x, y)) for x in a for y in b}
            judged.add(_pair(doc_of[a[0]], doc_of[b[0]]))
            if "bare" not in (end_kind(a, kind), end_kind(b, kind)):
                continue
            x, y = (a, b) if end_kind(a, kind) == "bare" else (b, a)  # x: the bare end
            found = any(o in linked[c] for c in x for o in y)
            out.append({"event": name, "need": need, "found": found,
                        "ends": f"{_role(x[0], doc_of, official)} bare / {_role(y[0], doc_of, official)} "
                                f"{end_kind(y, kind)}",
                        "x_went": _went(x, y, linked, kind), "y_went": _went(y, x, linked, kind),
                        "text": " | ".join(text[c] for c in x), "other": " | ".join(text[c] for c in y)})
    false = []
    for lk in analysis.links:
        if _pair(doc_of[lk.a], doc_of[lk.b]) in judged and frozenset((lk.a, lk.b)) not in confirmed and \
                "bare" in (kind[lk.a], kind[lk.b]):
            x, y = (lk.a, lk.b) if kind[lk.a] == "bare" else (lk.b, lk.a)
            false.append({"event": name, "score": lk.score,
                          "ends": f"{_role(x, doc_of, official)} bare / {_role(y, doc_of, official)} {kind[y]}",
                          "text": text[x], "other": text[y]})
    return out, false


def _role(claim: str, doc_of: dict[str, str], official: set[str]) -> str:
    return "official" if doc_of[claim] in official else "outlet"


def _went(x: list[str], y: list[str], linked: dict[str, set[str]], kind: dict[str, str]) -> str:
    """The kinds of the claims an end's claims are linked to outside the other end, or "none"."""
    got = sorted({kind[o] for c in x for o in linked[c] - set(y) - set(x)})
    return "+".join(got) if got else "none"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--rows", action="store_true")
    args = parser.parse_args()
    found: dict[str, list[dict]] = defaultdict(list)
    false: dict[str, list[dict]] = defaultdict(list)
    for name, folder, gold in readable():
        if args.only and args.only not in name:
            continue
        got, wrong = rows(name, folder, gold)
        found[group(name, folder)] += got
        false[group(name, folder)] += wrong
    for g in ("dev", "old", "older", "recent"):
        print(f"== {g}: gold links with a bare call mention at an end")
        counts: Counter = Counter((r["need"], r["ends"], r["found"]) for r in found[g])
        for need, ends in sorted({(n, e) for n, e, _ in counts}):
            print(f"   {need:8s} {ends:30s} found {counts[(need, ends, True)]:3d}  "
                  f"missed {counts[(need, ends, False)]:3d}")
        went = Counter((r["need"], r["ends"], r["x_went"], r["y_went"]) for r in found[g] if not r["found"])
        for (need, ends, x, y), n in sorted(went.items()):
            print(f"      missed {need:8s} {ends:30s} bare end linked to {x:14s} other end to {y:14s} {n:3d}")
        fc = Counter(r["ends"] for r in false[g])
        print(f"   false links with a bare end: {dict(sorted(fc.items()))}")
        if args.rows:
            for r in found[g]:
                print(f"   {'FOUND' if r['found'] else 'miss '} {r['need'][:3]} {r['ends']:30s} {r['x_went']:8s} "
                      f"{r['event'][:22]} | "
                      f"{r['text'][:80]!r} ~ {r['other'][:80]!r}")
            for r in false[g]:
                print(f"   FALSE {r['score']:.2f} {r['ends']:30s} {r['event'][:22]} | {r['text'][:80]!r} ~ "
                      f"{r['other'][:80]!r}")


if __name__ == "__main__":
    main()
