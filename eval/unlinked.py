"""Outlet statements left with no official link: their best official candidate, banded by feature, with the gold's verdict.

    python eval/unlinked.py [--only NAME] [--rows]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT), each outlet statement
that today's passes leave linked to no official claim gets its best official candidate (the outlet score with the
gates lifted, over the official texts it may report) and the features the engine already reads: the score, shared
content concepts and things, the runner-up's ratio, the sentence's place, whether it reports a leader, how many other
outlets link the candidate, whether a neighbour of the sentence links near it. Per band: how many candidates the
gold confirms (a required or optional link), how many it does not (the pair of documents judged by the gold), and
how many lie outside what the gold judges. Counts only; no text of any event is printed but with --rows.
"""

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

from scoring import Spans, _link_hits, _pair, load_gold  # noqa: E402

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
    out = [("dev", ROOT / "corpus", DEV_GOLD), ("old", ROOT / "tests/data/heldout", ROOT / "tests/data/heldout/gold.yaml")]
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


def rows(folder: Path, gold_path: Path) -> list[dict]:
    """One row per outlet statement linked to no official claim: its best candidate's features and the gold's word."""
    _captured.clear()
    analysis = analyze(folder)
    context = _captured[-1]
    data = jsonio.to_dict(analysis)
    gold = load_gold(gold_path)
    spans = Spans(data, gold.get("docs", {}))
    claims = {c["id"]: c for c in data["claims"]}
    required = [(spans.span(g["from"]), [spans.span(t) for t in g["to"]]) for g in gold.get("links", [])]
    optional = [(spans.span([o[0], o[1]]), [spans.span(t) for t in o[2]]) for o in gold.get("optional", [])]
    judged = {_pair(f[0], t[0]) for f, ts in required + optional for t in ts if f and t}
    docs = {d.id: d for d in analysis.documents}
    official_links: dict[str, set[str]] = defaultdict(set)  # claim -> official claims linked
    outlets_of: dict[str, set[str]] = defaultdict(set)  # official claim -> outlet documents linking it
    for lk in analysis.links:
        for a, b in ((lk.a, lk.b), (lk.b, lk.a)):
            if docs[analysis.claim[b].doc].is_official:
                official_links[a].add(b)
                if not docs[analysis.claim[a].doc].is_official:
                    outlets_of[b].add(analysis.claim[a].doc)
    pairs = [p for p in document_pairs([d for d in analysis.documents if d.compared]) if not p.a.is_official]
    parties = op._party_words(pairs)
    out = []
    for pair in pairs:
        index = context.indexes[pair.b.id]
        mine = context.claims_of.get(pair.a.id, ())
        pos = {c.id: n for n, c in enumerate(mine)}
        official = context.claims_of.get(pair.b.id, ())
        opos = {c.id: n for n, c in enumerate(official)}
        for n, ca in enumerate(mine):
            if official_links.get(ca.id):
                continue
            scored = ranked(ca, index, context.terms, context.w, 0, context.sem, context.speakers)
            if not scored:
                continue
            top, cb = scored[0]
            runner = scored[1][0] if len(scored) > 1 else 0.0
            near = [c for c in (mine[n - 1] if n else None, mine[n + 1] if n + 1 < len(mine) else None) if c]
            neighbour = any(abs(opos.get(o, 99) - opos[cb.id]) <= 1 for c in near for o in official_links.get(c.id, ()))
            hit = any(_link_hits({"a": ca.id, "b": cb.id}, claims, f, ts) for f, ts in required + optional)
            verdict = "yes" if hit else ("no" if _pair(pair.a.id, pair.b.id) in judged else "out")
            out.append(dict(claim=ca.id, doc=pair.b.id, score=top, ratio=runner / top if top else 1.0,
                            content=op._content(ca, cb, context), things=op._things(ca, cb, context, parties),
                            pos=pos[ca.id], leader=reports_a_leader(ca.text), speaker=ca.id in context.speakers,
                            others=len(outlets_of.get(cb.id, set()) - {pair.a.id}), neighbour=neighbour,
                            transcript=is_transcript(pair.b), n=len(mine), verdict=verdict, text=ca.text, other=cb.text))
    best: dict[str, dict] = {}
    for r in out:  # the best candidate over every official text the sentence may report
        if r["claim"] not in best or r["score"] > best[r["claim"]]["score"]:
            best[r["claim"]] = r
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
}


def table(all_rows: list[dict], name: str, key) -> None:
    """Counts of yes / no / out per band of one feature."""
    counts: dict[object, Counter] = defaultdict(Counter)
    for r in all_rows:
        counts[key(r)][r["verdict"]] += 1
    print(f"{name}:")
    for band in sorted(counts, key=str):
        c = counts[band]
        judged = c["yes"] + c["no"]
        print(f"   {band!s:>6}  yes {c['yes']:4d}  no {c['no']:4d}  out {c['out']:4d}  "
              f"precision {c['yes'] / judged if judged else 0:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--rows", action="store_true")
    parser.add_argument("--where", default="", help="a Python expression over a row's fields, to band a subset")
    parser.add_argument("--save", default="", help="write the rows to this JSON file")
    parser.add_argument("--load", default="", help="read the rows from this JSON file instead of analysing")
    args = parser.parse_args()
    all_rows = json.loads(Path(args.load).read_text(encoding="utf-8")) if args.load else []
    for name, folder, gold in [] if args.load else readable():
        if args.only and args.only not in name:
            continue
        got = rows(folder, gold)
        for r in got:
            r["event"] = name
        all_rows += got
    if args.save:
        Path(args.save).write_text(json.dumps(all_rows), encoding="utf-8")
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
