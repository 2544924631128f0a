"""The gold's required outlet -> official links whose outlet sentence the engine leaves linked to no official claim.

    python eval/unlinked_gold.py [--only NAME] [--save FILE]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`),
each required gold link between an outlet sentence and an official one whose outlet sentence today's passes link to
no official claim, with what the words share: the concepts in common and each side's own, how many of the shared
are content (not who the event is about, not the setting: the outlet pass's gate wants `OUTLET_CONTENT`), the gold
target's score with the gates lifted and whether it is the sentence's best candidate. The rows to sort by linguistic
cause (docs/engine-history.md, Round 34, helper links49); counts of content shared at the end. Each row also says where
the sentence stands in its text, whether it reports a leader and who speaks, and which pass came closest with the gate
that stopped it (the outlet pass, the reports' floor, the pass for one content concept beside a linked neighbour),
counted per gate at the end (Round 36, helper links59).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import unlinked
from scoring import Spans, load_gold, overlaps

from readout_viewer.core import jsonio
from readout_viewer.core.analysis import analyze
from readout_viewer.core.language.reports import reports_a_leader
from readout_viewer.core.linking.beside_reports import BESIDE_FLOOR, BESIDE_REACH, SEQUEL_FLOOR
from readout_viewer.core.linking.counterparts import ranked
from readout_viewer.core.linking.outlet_passes import RELAY_FLOOR, same_speaker
from readout_viewer.core.linking.pairs import OUTLET_THRESHOLD
from readout_viewer.core.linking.similarity import SETTING, score


def rows(name: str, folder: Path, gold_path: Path) -> list[dict]:
    """One row per required outlet -> official gold link whose outlet sentence is linked to no official claim."""
    unlinked._captured.clear()
    analysis = analyze(folder)
    context = unlinked._captured[-1]
    data = jsonio.to_dict(analysis)
    gold = load_gold(gold_path)
    spans = Spans(data, gold.get("docs", {}))
    docs = {d.id: d for d in analysis.documents}
    links_of: dict[str, set[str]] = defaultdict(set)  # a claim -> the official claims it is linked to
    for lk in analysis.links:
        for a, b in ((lk.a, lk.b), (lk.b, lk.a)):
            if docs[analysis.claim[b].doc].is_official:
                links_of[a].add(b)
    linked = set(links_of)
    out = []
    for g in gold.get("links", []):
        frm = spans.span(g["from"])
        for to in (spans.span(t) for t in g["to"]):
            if frm is None or to is None:
                continue
            for o, x in ((frm, to), (to, frm)):
                if docs.get(o[0]) and not docs[o[0]].is_official and docs.get(x[0]) and docs[x[0]].is_official:
                    mine = [c for c in data["claims"] if overlaps(c, o)]
                    if mine and not any(c["id"] in linked for c in mine):
                        theirs = [c["id"] for c in data["claims"] if overlaps(c, x)]
                        row = _row(name, analysis.claim[mine[0]["id"]], theirs, context, analysis)
                        out.append(row | _gate(row, analysis.claim[mine[0]["id"]], theirs, context, links_of))
    return out


def _row(name: str, claim, theirs: list[str], context, analysis) -> dict:
    """What the outlet sentence and its gold targets share, and the targets' best score with the gates lifted."""
    w, terms = context.w, context.terms
    mine = terms[claim.id].concepts if claim.id in terms else frozenset()
    other = frozenset().union(*(terms[t].concepts for t in theirs if t in terms))
    doc = analysis.claim[theirs[0]].doc if theirs else ""
    scored = ranked(claim, context.indexes[doc], terms, w, 0, context.speakers) \
        if claim.id in terms and doc in context.indexes else []
    hits = [s for s, o in scored if o.id in theirs]
    return {"event": name, "doc": claim.doc, "target_doc": doc, "outlet": claim.text,
            "official": " | ".join(analysis.claim[t].text for t in theirs),
            "shared": sorted(mine & other), "outlet_only": sorted(mine - other), "official_only": sorted(other - mine),
            "content": len((mine & other) - w.who - SETTING), "score": max(hits) if hits else None,
            "best": bool(scored and scored[0][1].id in theirs)}


def _gate(row: dict, claim, theirs: list[str], context, linked: dict[str, set[str]]) -> dict:
    """Where the sentence stands and which pass came closest to the gold target, with the gate that stopped it: the
    outlet pass (`counterparts.ranked` gated, OUTLET_THRESHOLD), the reports' floor (RELAY_FLOOR) or the pass for one
    content concept beside a linked neighbour (`beside_reports`)."""
    mine = list(context.claims_of.get(claim.doc, ()))
    n = next((i for i, c in enumerate(mine) if c.id == claim.id), -1)  # -1: not a statement the linking compares
    doc = row["target_doc"]
    index = context.indexes.get(doc, {})
    where = {c.id: i for i, c in enumerate(context.claims_of.get(doc, ()))}
    gated = {o.id: s for s, o in ranked(claim, index, context.terms, context.w, OUTLET_THRESHOLD, context.speakers)
             } if claim.id in context.terms else {}
    near = [where[o] for c in mine[max(0, n - 1):n + 2] if n >= 0 and c is not claim
            for o in linked_to(c.id, linked, where)]
    reach = min((abs(where[t] - m) for t in theirs if t in where for m in near), default=None)
    plain = max((score(context.terms[claim.id], context.terms[t], context.w) for t in theirs
                 if claim.id in context.terms and t in context.terms), default=0.0)  # no gate at all
    best_gated, content = max((gated.get(t, 0.0) for t in theirs), default=0.0), row["content"]
    if n < 0:
        gate = "not a statement the linking compares"
    elif not any(same_speaker(context.voices, claim.id, t) for t in theirs):
        gate = "another leader's words (the speaker gate)"
    elif content == 0:
        gate = "no content concept shared (every pass wants one)"
    elif content >= 2:
        gate = "outlet pass: reached its threshold, dropped later" if best_gated >= OUTLET_THRESHOLD else \
            "outlet pass: fewer than 3 concepts shared, no close report" if not best_gated else \
            "outlet pass: under 0.35, from the reports' floor 0.25" if best_gated >= RELAY_FLOOR else \
            "outlet pass: under the reports' floor 0.25"
    elif reach is None:
        gate = "one concept: no neighbour linked into the text"
    elif reach > BESIDE_REACH:
        gate = "one concept: the neighbour's claim farther than 1"
    else:
        gate = "one concept beside: a guard" if plain >= BESIDE_FLOOR else \
            "one concept beside: 0.20-0.25" if plain >= SEQUEL_FLOOR else "one concept beside: under 0.20"
    return {"pos": n, "statements": len(mine), "leader": reports_a_leader(claim.text),
            "speaker": context.speakers.get(claim.id), "gated": best_gated, "plain": plain, "reach": reach,
            "gate": gate}


def linked_to(claim: str, linked: dict[str, set[str]], where: dict[str, int]) -> list[str]:
    """The claims of one official text (`where`) a claim is linked to."""
    return [o for o in linked.get(claim, ()) if o in where]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--save", default="", help="write the rows to this JSON file")
    args = parser.parse_args()
    found: list[dict] = []
    for name, folder, gold in unlinked.readable():
        if not args.only or args.only in name:
            found += rows(name, folder, gold)
    for n, r in enumerate(found):
        score = "-" if r["score"] is None else f"{r['score']:.2f}"
        print(f"{n} {r['event'][:24]} {r['doc']} score {score}{' best' if r['best'] else ''} content {r['content']}")
        print(f"   outlet:   {r['outlet'][:200]!r}\n   official: {r['official'][:200]!r}")
        print(f"   shared {r['shared']}\n   outlet only {r['outlet_only']}\n   official only {r['official_only']}")
        print(f"   sentence {r['pos'] + 1} of {r['statements']}, leader {r['leader']}, speaker {r['speaker']}, "
              f"gated {r['gated']:.2f}, plain {r['plain']:.2f}, neighbour's claim at {r['reach']} | {r['gate']}")
    per_event: dict[str, int] = defaultdict(int)
    for r in found:
        per_event[r["event"]] += 1
    print(f"{len(found)} links in {len(per_event)} folders; content concepts shared:",
          dict(sorted(Counter(min(r["content"], 3) for r in found).items())))
    gates(found)
    if args.save:
        Path(args.save).write_text(json.dumps(found), encoding="utf-8")


def gates(found: list[dict]) -> None:
    """Per gate: the rows on the read events and on dev with the old folder, how many are a text's first sentence,
    report a leader (`reports_a_leader`), have a speaker, and the median plain score (`similarity.score`, no gate)."""
    by: dict[str, list[dict]] = defaultdict(list)
    for r in found:
        by[r["gate"]].append(r)
    print(f"{'gate':52s} read dev+old first leader speaker median")
    for gate, rs in sorted(by.items(), key=lambda x: -len(x[1])):
        read = sum(r["event"] not in ("dev", "old") for r in rs)
        scores = sorted(r["plain"] for r in rs)
        print(f"{gate:52s} {read:4d} {len(rs) - read:7d} {sum(r['pos'] == 0 for r in rs):5d} "
              f"{sum(r['leader'] for r in rs):6d} {sum(r['speaker'] is not None for r in rs):7d} "
              f"{scores[len(scores) // 2]:.2f}")


if __name__ == "__main__":
    main()
