"""Outlet statements left with no official link: their best official candidate, banded by feature, and the gold's word.

    python eval/unlinked.py [--only NAME] [--rows] [--where EXPR] [--save FILE | --load FILE]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT, read from
tests/core/test_heldout_events.py), each outlet statement that today's passes leave linked to no official claim gets
its best official candidate (the outlet score with the gates lifted, over the official texts it may report) and the
features the engine already reads: the score, shared content concepts and things, the runner-up's ratio, the
sentence's place among its text's statements and whether it opens a paragraph, whether it reports a leader, how many
other outlets link the candidate, whether a neighbour of the sentence links next to it or the two neighbours' links
frame it, whether the candidate is a transcript's. Per band: how many candidates the gold confirms (a required or
optional link), how many it does not where it judges the two documents (and of those, how many sentences it links to
another claim), and how many lie outside what it judges. Counts only; no text is printed but with --rows
(docs/engine-history.md, Round 33, helper links46)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from scoring import Spans, _link_hits, _pair, load_gold, overlaps  # noqa: E402

from readout_viewer.core import jsonio, stages  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.language.reports import reports_a_leader  # noqa: E402
from readout_viewer.core.linking import outlet_passes as op  # noqa: E402
from readout_viewer.core.linking.counterparts import ranked  # noqa: E402
from readout_viewer.core.linking.omissions import is_transcript  # noqa: E402
from readout_viewer.core.linking.pairs import document_pairs  # noqa: E402

DEV_GOLD = ROOT.parent / "shared" / "eval" / "dev-gold.yaml"
EVENTS = ROOT / "eval" / "events"
OTHER_LANGUAGE = {"2022-05-28-macron-scholz-putin-call"}
_src = (ROOT / "tests/core/test_heldout_events.py").read_text(encoding="utf-8")
KEPT_OUT = set(re.findall(r'"([^"]+)"', re.search(r"KEPT_OUT = \((.*?)\)\n", _src, re.S).group(1)))  # type: ignore


def readable() -> list[tuple[str, Path, Path]]:
    """(name, folder, gold) of dev, the old folder and each event that may be read."""
    old = ROOT / "tests/data/heldout"
    out = [("dev", ROOT / "corpus", DEV_GOLD), ("old", old, old / "gold.yaml")]
    for f in sorted(EVENTS.iterdir()):
        if (f / "gold.yaml").is_file() and f.name not in KEPT_OUT and f.name not in OTHER_LANGUAGE:
            out.append((f.name, f, f / "gold.yaml"))
    return out


_captured: list = []
_context_for = stages.context_for


def _capture(*args, **kwargs):  # the linking's context, kept for the candidates
    _captured.append(_context_for(*args, **kwargs))
    return _captured[-1]


stages.context_for = _capture


class Gold:
    """One gold's links located in an analysis: whether it confirms a pair of claims, judges a pair of documents, or
    links a claim at all."""

    def __init__(self, data: dict, gold_path: Path) -> None:
        gold = load_gold(gold_path)
        spans = Spans(data, gold.get("docs", {}))
        self.claims = {c["id"]: c for c in data["claims"]}
        self.links = [(spans.span(g["from"]), [spans.span(t) for t in g["to"]]) for g in gold.get("links", [])] + \
            [(spans.span([o[0], o[1]]), [spans.span(t) for t in o[2]]) for o in gold.get("optional", [])]
        self.judged = {_pair(f[0], t[0]) for f, ts in self.links for t in ts if f and t}

    def verdict(self, a: str, b: str) -> str:
        """"yes" when the gold links the two claims, "no" when it judges their documents' pair and does not, else
        "out"."""
        if any(_link_hits({"a": a, "b": b}, self.claims, f, ts) for f, ts in self.links):
            return "yes"
        return "no" if _pair(self.claims[a]["doc"], self.claims[b]["doc"]) in self.judged else "out"

    def wanted(self, a: str) -> bool:
        """Whether the gold links the claim to anything."""
        c = self.claims[a]
        return any(overlaps(c, f) or any(overlaps(c, t) for t in ts) for f, ts in self.links)


def rows(folder: Path, gold_path: Path) -> list[dict]:
    """One row per outlet statement linked to no official claim: its best candidate's features and the gold's word."""
    _captured.clear()
    analysis = analyze(folder)
    context = _captured[-1]
    gold = Gold(jsonio.to_dict(analysis), gold_path)
    docs = {d.id: d for d in analysis.documents}
    linked: dict[str, set[str]] = defaultdict(set)  # claim -> official claims linked
    outlets_of: dict[str, set[str]] = defaultdict(set)  # official claim -> outlet documents linking it
    for lk in analysis.links:
        for a, b in ((lk.a, lk.b), (lk.b, lk.a)):
            if docs[analysis.claim[b].doc].is_official:
                linked[a].add(b)
                if not docs[analysis.claim[a].doc].is_official:
                    outlets_of[b].add(analysis.claim[a].doc)
    pairs = [p for p in document_pairs([d for d in analysis.documents if d.compared]) if not p.a.is_official]
    parties = op.party_words(pairs)
    best: dict[str, dict] = {}
    for pair in pairs:
        mine = context.claims_of.get(pair.a.id, ())
        where = {c.id: n for n, c in enumerate(context.claims_of.get(pair.b.id, ()))}
        for n, ca in enumerate(mine):
            scored = [] if linked.get(ca.id) else ranked(ca, context.indexes[pair.b.id], context.terms, context.w, 0,
                                                         context.speakers)
            if not scored or scored[0][0] <= best.get(ca.id, {"score": -1.0})["score"]:
                continue  # keep the best candidate over every official text the sentence may report
            top, cb = scored[0]
            runner = scored[1][0] if len(scored) > 1 else 0.0
            near = [linked.get(c.id, set()) for c in mine[max(0, n - 1):n + 2] if c is not ca]
            before = [where[o] for o in linked.get(mine[n - 1].id, ()) if o in where] if n else []
            after = [where[o] for o in linked.get(mine[n + 1].id, ()) if o in where] if n + 1 < len(mine) else []
            text = docs[pair.a.id].text
            best[ca.id] = {
                "claim": ca.id, "doc": pair.b.id, "score": top, "ratio": runner / top if top else 1.0,
                "content": op.shared_content(ca, cb, context), "things": op._things(ca, cb, context, parties),
                "pos": n, "leader": reports_a_leader(ca.text), "speaker": ca.id in context.speakers,
                "others": len(outlets_of.get(cb.id, set()) - {pair.a.id}),
                "neighbour": any(abs(where.get(o, 99) - where[cb.id]) <= 1 for ids in near for o in ids),
                "between": bool(before and after) and min(before) <= where[cb.id] <= max(after),
                "opens": ca.start == 0 or "\n" in text[max(0, ca.start - 3):ca.start],
                "transcript": is_transcript(pair.b), "verdict": gold.verdict(ca.id, cb.id),
                "wanted": gold.wanted(ca.id), "text": ca.text, "other": cb.text}
    return list(best.values())


BANDS = {
    "score": lambda r: f"{min(int(r['score'] * 20) / 20, 0.5):.2f}",
    "content": lambda r: min(r["content"], 5),
    "things": lambda r: min(r["things"], 5),
    "ratio": lambda r: f"{min(int(r['ratio'] * 4) / 4, 1.0):.2f}",
    "pos": lambda r: min(r["pos"], 6),
    "leader": lambda r: r["leader"],
    "speaker": lambda r: r["speaker"],
    "others": lambda r: min(r["others"], 4),
    "neighbour": lambda r: r["neighbour"],
    "between": lambda r: r["between"],
    "opens a paragraph": lambda r: r["opens"],
    "transcript": lambda r: r["transcript"],
}


def table(all_rows: list[dict], name: str, key) -> None:
    """Counts of yes / no / out per band of one feature ("no" also counted apart when the gold links the sentence to
    another claim: the best candidate is the wrong one)."""
    counts: dict[object, Counter] = defaultdict(Counter)
    for r in all_rows:
        counts[key(r)][r["verdict"]] += 1
        counts[key(r)]["elsewhere"] += r["verdict"] == "no" and r["wanted"]
    print(f"{name}:")
    for band in sorted(counts, key=str):
        c = counts[band]
        judged = c["yes"] + c["no"]
        print(f"   {band!s:>6}  yes {c['yes']:4d}  no {c['no']:4d} (linked elsewhere {c['elsewhere']:4d})  "
              f"out {c['out']:4d}  precision {c['yes'] / judged if judged else 0:.2f}")


def gathered(rows_of, only: str, load: str, save: str) -> list[dict]:
    """The rows of every readable folder whose name holds `only` (`rows_of(folder, gold)`, each named by its event),
    or those saved in `load`; written to `save` when given."""
    all_rows = json.loads(Path(load).read_text(encoding="utf-8")) if load else []
    for name, folder, gold in [] if load else readable():
        if not only or only in name:
            got = rows_of(folder, gold)
            for r in got:
                r["event"] = name
            all_rows += got
    if save:
        Path(save).write_text(json.dumps(all_rows), encoding="utf-8")
    return all_rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--rows", action="store_true")
    parser.add_argument("--where", default="", help="a Python expression over a row's fields, to band a subset")
    parser.add_argument("--save", default="", help="write the rows to this JSON file")
    parser.add_argument("--load", default="", help="read the rows from this JSON file instead of analysing")
    args = parser.parse_args()
    all_rows = gathered(rows, args.only, args.load, args.save)
    if args.where:
        all_rows = [r for r in all_rows if eval(args.where, {}, dict(r))]  # noqa: S307 - a developer's filter
    print(f"{len(all_rows)} outlet statements linked to no official claim, with a candidate")
    for name, key in BANDS.items():
        table(all_rows, name, key)
    if args.rows:
        for r in sorted(all_rows, key=lambda r: -r["score"]):
            print(f"{r['verdict']:3s} {r['score']:.2f} c{r['content']} t{r['things']} r{r['ratio']:.2f} "
                  f"o{r['others']} n{int(r['neighbour'])} {r['event'][:24]} | {r['text'][:90]!r} ~ {r['other'][:90]!r}")


if __name__ == "__main__":
    main()
