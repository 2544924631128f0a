"""Every compared outlet statement's official candidates: the sentence model's cosine, its rank, the words' score.

    READOUT_VIEWER_MODEL=minilm python eval/cosine_rank.py [--only NAME] [--save FILE | --load FILE]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`),
each outlet statement the linking compares gets every claim of the official texts it may report: the cosine, the
words' score with the gates lifted (`counterparts.ranked` at threshold 0; 0 when the claim shares no concept or
another speaker's), the gold's verdict ("yes" a pair it links, "no" one it judges and does not, "out") and which
required gold links the pair would hit. Two tables: the required links the analysis misses, by the target's rank
by cosine among the sentence's candidates, its cosine and its words' score, per state of the sentence (linked to
nothing, linked in the target's text, linked only in another); and, for the statements linked to nothing, how often
the top candidate by cosine is right, per band of cosine, margin over the runner-up and words' score. Counts only
(docs/engine-history.md, Round 42, helper sem7)."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import unlinked  # noqa: E402  (captures the linking's context)
from scoring import Spans, _link_hits, load_gold  # noqa: E402

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.linking.counterparts import ranked  # noqa: E402
from readout_viewer.core.linking.pairs import document_pairs  # noqa: E402


def rows(folder: Path, gold_path: Path) -> list[dict]:
    """One row per compared outlet statement: its official links and every candidate's cosine, words' score, verdict."""
    unlinked._captured.clear()
    analysis = analyze(folder)
    context = unlinked._captured[-1]
    sem = context.sem
    if not sem.active:
        raise SystemExit("no sentence model: set READOUT_VIEWER_MODEL=minilm")
    data = jsonio.to_dict(analysis)
    gold = unlinked.Gold(data, gold_path)
    raw = load_gold(gold_path)
    spans = Spans(data, raw.get("docs", {}))
    required = [(spans.span(g["from"]), [spans.span(t) for t in g["to"]]) for g in raw.get("links", [])]
    docs = {d.id: d for d in analysis.documents}
    linked: dict[str, set[str]] = defaultdict(set)
    for lk in analysis.links:
        for a, b in ((lk.a, lk.b), (lk.b, lk.a)):
            if docs[analysis.claim[b].doc].is_official:
                linked[a].add(b)
    reports: dict[str, list[str]] = defaultdict(list)
    for p in document_pairs([d for d in analysis.documents if d.compared]):
        if not p.a.is_official and p.b.is_official:
            reports[p.a.id].append(p.b.id)
    sem.embed(sorted({c.id for o, offs in reports.items() for d in (o, *offs) for c in context.claims_of.get(d, ())}))
    out = []
    for outlet, offs in reports.items():
        for n, ca in enumerate(context.claims_of.get(outlet, ())):
            cands = []
            for doc in offs:
                lex = {o.id: s for s, o in ranked(ca, context.indexes[doc], context.terms, context.w, 0,
                                                  context.speakers)}
                for m, cb in enumerate(context.claims_of.get(doc, ())):
                    hits = [k for k, (f, ts) in enumerate(required)
                            if _link_hits({"a": ca.id, "b": cb.id}, gold.claims, f, ts)]
                    cands.append({"id": cb.id, "doc": doc, "n": m, "cos": sem.cos(ca.id, cb.id),
                                  "lex": round(lex.get(cb.id, 0.0), 3), "verdict": gold.verdict(ca.id, cb.id),
                                  "req": hits})
            cands.sort(key=lambda c: (-c["cos"], c["doc"], c["n"]))
            out.append({"claim": ca.id, "doc": outlet, "pos": n, "linked": sorted(linked.get(ca.id, ())),
                        "wanted": gold.wanted(ca.id), "cands": cands})
    hit = {k for lk in analysis.links for k, (f, ts) in enumerate(required)
           if _link_hits({"a": lk.a, "b": lk.b}, gold.claims, f, ts)}
    for r in out:
        r["missed"] = sorted({k for c in r["cands"] for k in c["req"]} - hit)
    return out


def band(value: float, edges: list[float]) -> str:
    return f"{max([e for e in edges if value >= e], default=edges[0]):.2f}"


COS_EDGES = [0.0, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75]
LEX_EDGES = [0.0, 0.01, 0.1, 0.2, 0.3]
MARGIN_EDGES = [0.0, 0.03, 0.05, 0.1]


def missed_table(all_rows: list[dict]) -> None:
    """Each missed required link (counted once, at the outlet statement where its target ranks best by cosine)."""
    best: dict[tuple[str, int], tuple] = {}
    for r in all_rows:
        docs_linked = {c["doc"] for c in r["cands"] if c["id"] in r["linked"]}
        for k in r["missed"]:
            for rank, c in enumerate(r["cands"]):
                if k in c["req"]:
                    state = ("linked to nothing" if not r["linked"] else "linked in the target's text"
                             if c["doc"] in docs_linked else "linked only in another text")
                    row = (rank, -c["cos"], state, c["lex"])
                    if (r["event"], k) not in best or row < best[(r["event"], k)]:
                        best[(r["event"], k)] = row
                    break
    print(f"{len(best)} missed required links with an outlet side compared")
    counts: dict[str, Counter] = defaultdict(Counter)
    for rank, cos, state, lex in best.values():
        counts[state][(min(rank, 3), band(-cos, COS_EDGES), "lex0" if lex == 0 else "lex>0")] += 1
    for state, c in counts.items():
        print(f"  {state}: {sum(c.values())}")
        for key in sorted(c):
            print(f"     rank {key[0] + 1}{'+' if key[0] == 3 else ' '} cos {key[1]} {key[2]:6s} {c[key]:4d}")


def unlinked_table(all_rows: list[dict]) -> None:
    """Statements linked to nothing: the top candidate by cosine, yes / no / out per band."""
    counts: dict[tuple, Counter] = defaultdict(Counter)
    for r in all_rows:
        if r["linked"] or not r["cands"]:
            continue
        top = r["cands"][0]
        second = r["cands"][1]["cos"] if len(r["cands"]) > 1 else 0.0
        key = (band(top["cos"], COS_EDGES), band(top["cos"] - second, MARGIN_EDGES),
               "lex0" if top["lex"] == 0 else band(top["lex"], LEX_EDGES))
        counts[key][top["verdict"]] += 1
    print("statements linked to nothing: the top candidate by cosine (cos, margin, words' score): yes / no / out")
    for key in sorted(counts):
        c = counts[key]
        print(f"   {key}  {c['yes']:4d} {c['no']:4d} {c['out']:4d}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--save", default="")
    parser.add_argument("--load", default="")
    args = parser.parse_args()
    all_rows = json.loads(Path(args.load).read_text(encoding="utf-8")) if args.load else []
    for name, folder, gold in [] if args.load else unlinked.readable():
        if args.only and args.only not in name:
            continue
        all_rows += [{**r, "event": name} for r in rows(folder, gold)]
        print(name, len(all_rows), file=sys.stderr, flush=True)
    if args.save:
        Path(args.save).write_text(json.dumps(all_rows), encoding="utf-8")
    missed_table(all_rows)
    unlinked_table(all_rows)


if __name__ == "__main__":
    main()
