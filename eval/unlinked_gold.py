"""The gold's required outlet -> official links whose outlet sentence the engine leaves linked to no official claim.

    python eval/unlinked_gold.py [--only NAME] [--save FILE]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`),
each required gold link between an outlet sentence and an official one whose outlet sentence today's passes link to
no official claim, with what the words share: the concepts in common and each side's own, how many of the shared
are content (not who the event is about, not the setting: the outlet pass's gate wants `OUTLET_CONTENT`), the gold
target's score with the gates lifted and whether it is the sentence's best candidate. The rows to sort by linguistic
cause (docs/engine.md, Round 34, helper links49); counts of content shared at the end.
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
from readout_viewer.core.linking.counterparts import ranked
from readout_viewer.core.linking.similarity import SETTING


def rows(name: str, folder: Path, gold_path: Path) -> list[dict]:
    """One row per required outlet -> official gold link whose outlet sentence is linked to no official claim."""
    unlinked._captured.clear()
    analysis = analyze(folder)
    context = unlinked._captured[-1]
    data = jsonio.to_dict(analysis)
    gold = load_gold(gold_path)
    spans = Spans(data, gold.get("docs", {}))
    docs = {d.id: d for d in analysis.documents}
    linked = {a for lk in analysis.links for a, b in ((lk.a, lk.b), (lk.b, lk.a))
              if docs[analysis.claim[b].doc].is_official}
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
                        out.append(_row(name, analysis.claim[mine[0]["id"]], theirs, context, analysis))
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
    return {"event": name, "doc": claim.doc, "outlet": claim.text,
            "official": " | ".join(analysis.claim[t].text for t in theirs),
            "shared": sorted(mine & other), "outlet_only": sorted(mine - other), "official_only": sorted(other - mine),
            "content": len((mine & other) - w.who - SETTING), "score": max(hits) if hits else None,
            "best": bool(scored and scored[0][1].id in theirs)}


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
    per_event: dict[str, int] = defaultdict(int)
    for r in found:
        per_event[r["event"]] += 1
    print(f"{len(found)} links in {len(per_event)} folders; content concepts shared:",
          dict(sorted(Counter(min(r["content"], 3) for r in found).items())))
    if args.save:
        Path(args.save).write_text(json.dumps(found), encoding="utf-8")


if __name__ == "__main__":
    main()
