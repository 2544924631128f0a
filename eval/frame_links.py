"""The links whose shared content is only the call's frame: words most of the folder's documents hold.

    python eval/frame_links.py [--only NAME] [--save FILE | --load FILE] [--rows]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`),
each link the gold can judge, with the content concepts its two claims share (not who the event is about, no
names, not the setting) and, for each, the share of the folder's compared documents whose claims hold it. Per
document-share floor: how many links the gold confirms and how many it does not keep fewer than one or two shared
concepts under the floor, by pass (link_passes' wrappers name the pass). Counts only; texts with --rows."""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

import link_passes
import unlinked
from unlinked import Gold, gathered

from readout_viewer.core import jsonio
from readout_viewer.core.analysis import analyze
from readout_viewer.core.linking.similarity import SETTING

FLOORS = (0.3, 0.4, 0.5, 0.6, 0.7)


def rows(folder: Path, gold_path: Path) -> list[dict]:
    """One row per judged link: its pass, verdict, shared content concepts and their document shares."""
    link_passes.origin.clear()
    unlinked._captured.clear()
    analysis = analyze(folder)
    context = unlinked._captured[-1]
    gold = Gold(jsonio.to_dict(analysis), gold_path)
    held: dict[str, set[str]] = defaultdict(set)  # concept -> documents whose claims hold it
    for doc_id, cs in context.claims_of.items():
        for c in cs:
            for k in context.terms[c.id].concepts:
                held[k].add(doc_id)
    n_docs = len(context.claims_of) or 1
    w = context.w
    out = []
    for lk in analysis.links:
        verdict = gold.verdict(lk.a, lk.b)
        if verdict == "out" or lk.a not in context.terms or lk.b not in context.terms:
            continue
        shared = (context.terms[lk.a].concepts & context.terms[lk.b].concepts) - w.who - w.names - SETTING
        a, b = analysis.claim[lk.a], analysis.claim[lk.b]
        out.append({"pass": link_passes.origin.get((lk.a, lk.b), "?"), "verdict": verdict, "score": lk.score,
                    "shares": {k: len(held[k]) / n_docs for k in shared}, "docs": n_docs,
                    "common": sorted(shared & w.common), "text": a.text, "other": b.text,
                    "a_doc": a.doc.rsplit("/", 1)[-1], "b_doc": b.doc.rsplit("/", 1)[-1]})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--save", default="")
    parser.add_argument("--load", default="")
    parser.add_argument("--rows", type=float, default=0.0, help="print the links under this floor")
    args = parser.parse_args()
    all_rows = gathered(rows, args.only, args.load, args.save)
    print(f"{len(all_rows)} judged links")
    for floor in FLOORS:
        for least in (1, 2):
            under = [r for r in all_rows if sum(s < floor for s in r["shares"].values()) < least]
            c = Counter(r["verdict"] for r in under)
            events = {r["event"] for r in under if r["verdict"] == "no"}
            by_pass = Counter((r["pass"], r["verdict"]) for r in under)
            passes = ", ".join(f"{p} {by_pass[(p, 'yes')]}/{by_pass[(p, 'no')]}"
                               for p in sorted({p for p, _ in by_pass}))
            print(f"floor {floor} fewer than {least} under it: true {c['yes']} false {c['no']} "
                  f"(false on {len(events)} events) | {passes}")
    if args.rows:
        for r in all_rows:
            if sum(s < args.rows for s in r["shares"].values()) < 1:
                sh = " ".join(f"{k}:{s:.2f}" for k, s in sorted(r["shares"].items(), key=lambda x: x[1]))
                print(f"\n[{r['pass']}] {r['verdict']} {r['event']} {r['score']:.2f} {sh}\n"
                      f"  {r['a_doc']}: {r['text'][:160]}\n  {r['b_doc']}: {r['other'][:160]}")


if __name__ == "__main__":
    main()
