"""Every required gold link the engine misses, with the sentence model's cosine for the right pair and why it lost.

    READOUT_VIEWER_MODEL=minilm python eval/missed_cosine.py [--only NAME]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`):
each missed required link whose outlet sentence the linking compares gets the cosine of its best pair with the gold's
target, and a family: the sentence linked to nothing with another claim closer in meaning, linked to nothing with the
target the closest (under the paraphrase pass's floor), linked to another claim of the target's text, or linked only in
another official text; links between two official texts are counted apart. Counts only, per family and band of cosine
(docs/engine-history.md, Round 41, helper sem6)."""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

import unlinked
from scoring import Spans, _link_hits, load_gold, overlaps

from readout_viewer.core import jsonio
from readout_viewer.core.analysis import analyze
from readout_viewer.core.linking.pairs import document_pairs

BANDS = [0.0, 0.4, 0.5, 0.6, 0.7, 0.75]


def families(folder: Path, gold_path: Path) -> list[tuple[str, float | None]]:
    """(family, cosine of the best pair with the target) of each required link the analysis misses."""
    analysis, context = _analysed(folder)
    data = jsonio.to_dict(analysis)
    gold = load_gold(gold_path)
    spans = Spans(data, gold.get("docs", {}))
    claims = {c["id"]: c for c in data["claims"]}
    docs = {d.id: d for d in analysis.documents}
    official = {c for c, claim in analysis.claim.items() if docs[claim.doc].is_official}
    ends = [end for lk in analysis.links for end in ((lk.a, lk.b), (lk.b, lk.a))]
    linked = {a: {b for x, b in ends if x == a and b in official} for a, _ in ends}  # a claim -> official claims
    reports = defaultdict(list)  # an outlet document -> the official texts it may report
    for p in document_pairs([d for d in analysis.documents if d.compared]):
        if not p.a.is_official and p.b.is_official:
            reports[p.a.id].append(p.b.id)
    compared = {d for o, offs in reports.items() for d in (o, *offs)}
    context.sem.embed(sorted({c.id for d in compared for c in context.claims_of.get(d, ())}))
    out = []
    for g in gold.get("links", []):
        frm, tos = spans.span(g["from"]), [spans.span(t) for t in g["to"]]
        if frm is None or any(_link_hits({"a": lk.a, "b": lk.b}, claims, frm, tos) for lk in analysis.links):
            continue
        ends = [frm, *tos]
        if all(e is None or docs[e[0]].is_official for e in ends):
            out.append(("official -> official", None))
            continue
        outlet = [c for e in ends if e and not docs[e[0]].is_official
                  for c in context.claims_of.get(e[0], ()) if overlaps(claims[c.id], e)]
        found = [_family(c, g, claims, frm, tos, reports, linked, context) for c in outlet]
        found = [f for f in found if f[1] is not None]
        out.append(max(found, key=lambda f: f[1]) if found else ("the outlet side not compared", None))
    return out


def _analysed(folder: Path):
    """The analysis of a folder and the linking's context, with the sentence model on."""
    unlinked._captured.clear()
    analysis = analyze(folder)
    if not unlinked._captured[-1].sem.active:
        raise SystemExit("no sentence model: set READOUT_VIEWER_MODEL=minilm")
    return analysis, unlinked._captured[-1]


def _family(claim, g, claims, frm, tos, reports, linked, context) -> tuple[str, float | None]:
    """Why the gold's target lost for one outlet statement, and the target's cosine (None: never compared)."""
    sem = context.sem
    theirs = [c for d in reports.get(claim.doc, ()) for c in context.claims_of.get(d, ())]
    cands = sorted(((sem.cos(claim.id, c.id), c) for c in theirs), key=lambda x: -x[0])
    hits = [(n, cos, c) for n, (cos, c) in enumerate(cands) if _link_hits({"a": claim.id, "b": c.id}, claims, frm, tos)]
    if not hits:
        return "", None
    n, cos, target = hits[0]
    if not linked.get(claim.id):
        return ("linked to nothing, target the closest" if n == 0 else "linked to nothing, another claim closer"), cos
    if any(claims[o]["doc"] == target.doc for o in linked[claim.id]):
        return "linked to another claim of the target's text", cos
    return "linked only in another official text", cos


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    counts: dict[str, Counter] = defaultdict(Counter)
    for name, folder, gold in unlinked.readable():
        if not args.only or args.only in name:
            for family, cos in families(folder, gold):
                band = "-" if cos is None else f"{max(e for e in BANDS if cos >= e):.2f}"
                counts[family][band] += 1
    print(f"{sum(sum(c.values()) for c in counts.values())} required links missed; per family, by band of cosine")
    for family, c in sorted(counts.items(), key=lambda x: -sum(x[1].values())):
        print(f"  {sum(c.values()):4d} {family:45s} " + "  ".join(f"{b} {n}" for b, n in sorted(c.items())))


if __name__ == "__main__":
    main()
