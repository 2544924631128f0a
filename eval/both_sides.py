"""Outlet sentences linked to one official claim A whose official counterpart B (linked to A) the gold wants too.

    python eval/both_sides.py [--only NAME] [--save FILE]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`):
(1) each required outlet -> official gold link the engine misses whose outlet sentence IS linked to an official claim
A that the engine links (official <-> official) to the missed target B; (2) the converse: every pair (outlet claim O,
B) with O linked to A, A linked to B and O not linked to B, with what the gold says of O -> B (required, optional,
false when the documents' pair is judged, unjudged). Each row carries O's scores against A and B, whether A and B are
in one document, whether O already links another claim of B's document, and the speaker gate (Round 42, links87).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import unlinked
from scoring import Spans, _link_hits, _pair, load_gold, overlaps

from readout_viewer.core import jsonio
from readout_viewer.core.analysis import analyze
from readout_viewer.core.linking import align
from readout_viewer.core.linking.counterparts import OUTLET_SHARED
from readout_viewer.core.linking.omissions import is_transcript
from readout_viewer.core.linking.similarity import same_speaker, score

align.both_told = lambda kept, pairs, context: {}  # the census counts what the pass adds: it runs without it


def rows(name: str, folder: Path, gold_path: Path) -> list[dict]:
    """One row per candidate outlet -> B link carried over an official link, with the gold's verdict."""
    unlinked._captured.clear()
    analysis = analyze(folder)
    context = unlinked._captured[-1]
    data = jsonio.to_dict(analysis)
    claims = {c["id"]: c for c in data["claims"]}
    gold = load_gold(gold_path)
    spans = Spans(data, gold.get("docs", {}))
    required = [(spans.span(g["from"]), [spans.span(t) for t in g["to"]]) for g in gold.get("links", [])]
    optional = [(spans.span([o[0], o[1]]), [spans.span(t) for t in o[2]]) for o in gold.get("optional", [])]
    judged = {_pair(f[0], t[0]) for f, ts in required + optional for t in ts if f and t}
    docs = {d.id: d for d in analysis.documents}
    official = {c for c in claims if docs[claims[c]["doc"]].is_official}
    links: dict[str, set[str]] = defaultdict(set)
    score_of: dict[frozenset, float] = {}
    for lk in analysis.links:
        links[lk.a].add(lk.b)
        links[lk.b].add(lk.a)
        score_of[frozenset((lk.a, lk.b))] = lk.score
    missed_required = [(f, ts) for f, ts in required
                       if not any(_link_hits({"a": lk.a, "b": lk.b}, claims, f, ts) for lk in analysis.links)]
    out = [{"event": name, "same_doc_missed": _same_doc(missed_required, claims, links, official, docs)}]
    terms, w = context.terms, context.w
    for o in claims:
        if o in official:
            continue
        for a in sorted(links[o] & official):
            for b in sorted(links[a] & official):
                if b in links[o] or b == o:
                    continue
                pair = {"a": o, "b": b}
                verdict = "required" if any(_link_hits(pair, claims, f, ts) for f, ts in required) else \
                    "optional" if any(_link_hits(pair, claims, f, ts) for f, ts in optional) else \
                    "false" if _pair(claims[o]["doc"], claims[b]["doc"]) in judged else "unjudged"
                was_missed = verdict == "required" and any(_link_hits(pair, claims, f, ts) for f, ts in missed_required)
                have = o in terms and b in terms
                out.append({
                    "event": name, "o": o, "a": a, "b": b, "verdict": verdict, "missed": was_missed,
                    "same_doc": claims[a]["doc"] == claims[b]["doc"],
                    "into_b_doc": any(claims[x]["doc"] == claims[b]["doc"] for x in links[o] & official),
                    "oa": score_of.get(frozenset((o, a)), 0.0), "ab": score_of.get(frozenset((a, b)), 0.0),
                    "ob": score(terms[o], terms[b], w) if have else 0.0,
                    "ob3": score(terms[o], terms[b], w, min_shared=OUTLET_SHARED) if have else 0.0,
                    "speaker": same_speaker(context.voices, o, b),
                    "transcript": is_transcript(docs[claims[b]["doc"]]),
                    "text_o": analysis.claim[o].text, "text_a": analysis.claim[a].text,
                    "text_b": analysis.claim[b].text})
    return out


def _same_doc(missed: list, claims: dict, links: dict, official: set, docs: dict) -> int:
    """How many missed required links go from an outlet sentence linked to an official claim A into A's own
    document (a readout's second sentence on the point: the shape `second_claims` reads)."""
    n = 0
    for f, ts in missed:
        mine = [c for c in claims if f and claims[c]["doc"] == f[0] and overlaps(claims[c], f)]
        into = {claims[a]["doc"] for c in mine for a in links[c] & official}
        n += any(t and t[0] in into for t in ts)
    return n


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--save", default="")
    args = parser.parse_args()
    found: list[dict] = []
    for name, folder, gold in unlinked.readable():
        if not args.only or args.only in name:
            found += rows(name, folder, gold)
    print("missed required links into the document of a claim the outlet sentence is linked to:",
          sum(r.get("same_doc_missed", 0) for r in found))
    found = [r for r in found if "o" in r]
    # one row per (o, b): the best a
    best: dict[tuple[str, str, str], dict] = {}
    for r in found:
        k = (r["event"], r["o"], r["b"])
        if k not in best or r["oa"] > best[k]["oa"]:
            best[k] = r
    found = list(best.values())
    for shape in (False, True):
        rs = [r for r in found if r["same_doc"] is shape]
        print(f"A and B in {'one document' if shape else 'two documents'}: {len(rs)} candidate links;",
              dict(Counter(r["verdict"] for r in rs)), "missed required:", sum(r["missed"] for r in rs))
        for into in (False, True):
            sub = [r for r in rs if r["into_b_doc"] is into]
            print(f"  O already links B's document: {into}: {dict(Counter(r['verdict'] for r in sub))}"
                  f" missed {sum(r['missed'] for r in sub)}")
    for told in (0.5, 0.6, 0.7, 0.8):
        for floor in (0.0, 0.1, 0.2):
            rs = [r for r in found if r["ab"] >= told and r["ob3"] >= floor and r["speaker"] and not r["into_b_doc"]
                  and not r["transcript"]]
            print(f"official link from {told}, outlet score from {floor}: {dict(Counter(r['verdict'] for r in rs))}"
                  f" missed {sum(r['missed'] for r in rs)}")
    if args.save:
        Path(args.save).write_text(json.dumps(found), encoding="utf-8")


if __name__ == "__main__":
    main()
