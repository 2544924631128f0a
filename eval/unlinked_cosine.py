"""Outlet statements left with no official link: their best official candidate by the sentence model's cosine, banded.

    READOUT_VIEWER_MODEL=minilm python eval/unlinked_cosine.py [--only NAME] [--save FILE | --load FILE]

The same statements as eval/unlinked.py (dev, the old held-out folder and every readable event, never one of
KEPT_OUT): each outlet statement today's passes leave linked to no official claim gets its best official candidate by
cosine over the official texts it may report, and per band of cosine x words' score x mutual best x margin over the
runner-up, how many the gold confirms ("yes"), how many it does not where it judges the two documents ("no"), and
how many lie outside what it judges. Counts only (docs/engine-history.md, Round 34, helper sem6)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import unlinked  # noqa: E402  (captures the linking's context)

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.linking.counterparts import ranked  # noqa: E402
from readout_viewer.core.linking.pairs import document_pairs  # noqa: E402
from readout_viewer.core.linking.semantic import Semantic  # noqa: E402


def rows(folder: Path, gold_path: Path) -> list[dict]:
    """One row per unlinked outlet statement: its best official candidate by cosine and that pair's features."""
    unlinked._captured.clear()
    analysis = analyze(folder)
    context = unlinked._captured[-1]
    sem = context.sem
    if not sem.active:
        raise SystemExit("no sentence model: set READOUT_VIEWER_MODEL=minilm")
    gold = unlinked.Gold(jsonio.to_dict(analysis), gold_path)
    docs = {d.id: d for d in analysis.documents}
    linked = {c for lk in analysis.links for a, b in ((lk.a, lk.b), (lk.b, lk.a))
              if docs[analysis.claim[b].doc].is_official for c in (a,)}
    pairs = [p for p in document_pairs([d for d in analysis.documents if d.compared]) if not p.a.is_official]
    words = Semantic(())  # no veto: the words' own score
    need = {c.id for p in pairs for d in (p.a, p.b) for c in context.claims_of.get(d.id, ())}
    sem.embed(sorted(need))
    sem.save()
    out = []
    for pair in pairs:
        mine = context.claims_of.get(pair.a.id, ())
        theirs = context.claims_of.get(pair.b.id, ())
        if not mine or not theirs:
            continue
        cos = {(a.id, b.id): sem.cos(a.id, b.id) for a in mine for b in theirs}
        best_of_b = {b.id: max(mine, key=lambda a: (cos[a.id, b.id], a.id)).id for b in theirs}
        for n, ca in enumerate(mine):
            if ca.id in linked:
                continue
            order = sorted(theirs, key=lambda b: (-cos[ca.id, b.id], b.id))
            cb = order[0]
            lex = {o.id: s for s, o in ranked(ca, context.indexes[pair.b.id], context.terms, context.w, 0, words,
                                              context.speakers)}
            lex_best = max(lex.values(), default=0.0)
            out.append({"claim": ca.id, "doc": pair.b.id, "cos": cos[ca.id, cb.id],
                        "margin": cos[ca.id, cb.id] - (cos[ca.id, order[1].id] if len(order) > 1 else 0.0),
                        "lex": lex.get(cb.id, 0.0), "lex_top": lex.get(cb.id, 0.0) >= lex_best,
                        "mutual": best_of_b[cb.id] == ca.id, "pos": n, "same_event": pair.a.event == pair.b.event,
                        "verdict": gold.verdict(ca.id, cb.id), "wanted": gold.wanted(ca.id)})
    best: dict[str, dict] = {}
    for r in out:  # the best candidate over every official text the sentence may report
        if r["cos"] > best.get(r["claim"], {"cos": -2.0})["cos"]:
            best[r["claim"]] = r
    return list(best.values())


def band(value: float, edges: list[float]) -> str:
    """The band of a value: the highest edge it reaches."""
    return f"{max([e for e in edges if value >= e], default=edges[0]):.2f}"


COS_EDGES = [0.0, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]
LEX_EDGES = [0.0, 0.05, 0.1, 0.15, 0.2, 0.3]
MARGIN_EDGES = [0.0, 0.02, 0.05, 0.1, 0.15]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--save", default="")
    parser.add_argument("--load", default="")
    parser.add_argument("--where", default="", help="a Python expression over a row's fields")
    args = parser.parse_args()
    all_rows = json.loads(Path(args.load).read_text(encoding="utf-8")) if args.load else []
    for name, folder, gold in [] if args.load else unlinked.readable():
        if args.only and args.only not in name:
            continue
        for r in rows(folder, gold):
            all_rows.append({**r, "event": name})
        print(name, len(all_rows), file=sys.stderr, flush=True)
    if args.save:
        Path(args.save).write_text(json.dumps(all_rows), encoding="utf-8")
    if args.where:
        all_rows = [r for r in all_rows if eval(args.where, {}, dict(r))]  # noqa: S307 - a developer's filter
    print(f"{len(all_rows)} outlet statements linked to no official claim")
    def mutual(second):  # the cosine's band beside another feature's, for mutual bests only
        return lambda r: (band(r["cos"], COS_EDGES), second(r)) if r["mutual"] else "not mutual"
    unlinked.table(all_rows, "cosine", lambda r: band(r["cos"], COS_EDGES))
    unlinked.table(all_rows, "cosine x mutual", lambda r: (band(r["cos"], COS_EDGES), r["mutual"]))
    unlinked.table(all_rows, "cosine x words' score (mutual)", mutual(lambda r: band(r["lex"], LEX_EDGES)))
    unlinked.table(all_rows, "cosine x margin (mutual)", mutual(lambda r: band(r["margin"], MARGIN_EDGES)))
    unlinked.table(all_rows, "cosine x words' best too (mutual)", mutual(lambda r: r["lex_top"]))
    unlinked.table(all_rows, "cosine x same event (mutual)", mutual(lambda r: r["same_event"]))

if __name__ == "__main__":
    main()
