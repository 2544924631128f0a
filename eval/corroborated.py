"""Outlet sentences linked to nothing and every official claim of their event, by what corroborates the pair.

    python eval/corroborated.py [--only NAME] [--save FILE | --load FILE]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`),
each outlet statement that today's passes link to no official claim, and each claim of an official text of its event,
with what the engine already computes of the pair and of the sentence's place: the score (gates lifted), the content
concepts shared (not who the event is about, not the setting), whether the text's nearest linked sentences before and
after it link claims of that text on either side of the candidate (the outlet retells in the readout's order: a
sentence between reports of claims i and i + 2 retells claim i + 1), whether a neighbour links next to it, whether the
sentence names the leader whose words the claim carries, whether it quotes words of the claim. Each condition takes,
per sentence, its best-scoring candidate that meets it; printed for read29 (the readable events) and for dev with the
old folder: how many the gold confirms (required in brackets), how many it does not where it judges the two documents
(false), how many lie outside what it judges (docs/engine-history.md, Round 36, helper links59). Counts only.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from one_concept import analysed, counts, gathered_rows

from readout_viewer.core.linking.outlet_passes import same_speaker
from readout_viewer.core.linking.pairs import document_pairs
from readout_viewer.core.linking.quoted_phrases import _norm, quoted
from readout_viewer.core.linking.similarity import SETTING, other_meeting, score


def _frame(mine, n: int, linked, where) -> tuple[list[int], list[int], int, int]:
    """The positions in the official text of the claims linked by the nearest linked sentence before and after the
    n-th, and how many sentences away each stands."""
    before, after, gb, ga = [], [], 0, 0
    for k in range(n - 1, -1, -1):
        got = [where[o] for o in linked.get(mine[k].id, ()) if o in where]
        if got:
            before, gb = got, n - k
            break
    for k in range(n + 1, len(mine)):
        got = [where[o] for o in linked.get(mine[k].id, ()) if o in where]
        if got:
            after, ga = got, k - n
            break
    return before, after, gb, ga


def rows(folder: Path, gold_path: Path) -> list[dict]:
    """One row per (unlinked outlet sentence, official claim of its event)."""
    analysis, context, gold, wanted_links, linked = analysed(folder, gold_path)
    w, terms = context.w, context.terms
    told_by: dict[str, list[str]] = defaultdict(list)  # an official claim -> the outlet claims linked to it
    outlet = {d.id for d in analysis.documents if not d.is_official}
    for a, bs in linked.items():
        if analysis.claim[a].doc in outlet:
            for b in bs:
                told_by[b].append(a)
    out = []
    pairs = [p for p in document_pairs([d for d in analysis.documents if d.compared])
             if not p.a.is_official and p.b.is_official and p.a.event == p.b.event]
    for pair in pairs:
        mine = list(context.claims_of.get(pair.a.id, ()))
        theirs = list(context.claims_of.get(pair.b.id, ()))
        where = {c.id: n for n, c in enumerate(theirs)}
        for n, ca in enumerate(mine):
            if linked.get(ca.id) or ca.id not in terms:
                continue
            ta = terms[ca.id]
            before, after, gb, ga = _frame(mine, n, linked, where)
            near = [where[o] for c in mine[max(0, n - 1):n + 2] if c is not ca for o in linked.get(c.id, ())
                    if o in where]
            quotes = [q for q in quoted(ca.text) if len(q.split()) >= 2]
            scored = sorted(((score(ta, terms[cb.id], w), cb) for cb in theirs), key=lambda x: -x[0])
            top = scored[0][1].id if scored else ""
            for s, cb in scored:
                j, tb = where[cb.id], terms[cb.id]
                voice = context.voices.get(cb.id) or pair.b.side
                out.append({
                    "claim": ca.id, "other": cb.id, "score": s, "best": cb.id == top,
                    "content": len((ta.concepts & tb.concepts) - w.who - SETTING),
                    "strict": any(i < j < k for i in before for k in after),
                    "loose": any(i <= j <= k for i in before for k in after),
                    "tight": any(i < j < k and k - i <= 2 for i in before for k in after),
                    "gaps": (gb, ga), "neighbour": any(abs(m - j) <= 1 for m in near),
                    "after_prev": any(j == i + 1 for i in before) and gb == 1,
                    "before_next": any(j == k - 1 for k in after) and ga == 1,
                    "names": context.speakers.get(ca.id) == voice,
                    "quote": any(q in _norm(cb.text) for q in quotes),
                    "witness": max((score(ta, terms[x], w) for x in told_by.get(cb.id, ())
                                    if analysis.claim[x].doc != ca.doc and x in terms), default=0.0),
                    "speaker_ok": same_speaker(context.voices, ca.id, cb.id) and not other_meeting(ta, tb, w),
                    "verdict": gold.verdict(ca.id, cb.id), "required": (ca.id, cb.id) in wanted_links,
                    "text": ca.text, "their": cb.text})
    return out


def _c(min_score: float = 0.0, content: int = 0, **flags: bool):
    """A condition: the guards every outlet pass has, a score and content floor, and the named flags true."""
    return lambda r: r["speaker_ok"] and r["score"] >= min_score and r["content"] >= content and all(
        r[k] == v for k, v in flags.items())


CONDITIONS = {
    "any, from 0.15": _c(0.15),
    "any, from 0.25": _c(0.25),
    "best in its text, from 0.25": _c(0.25, best=True),
    "framed (i < j < k)": _c(strict=True),
    "framed, from 0.10": _c(0.10, strict=True),
    "framed, from 0.15": _c(0.15, strict=True),
    "framed, from 0.20": _c(0.20, strict=True),
    "framed, from 0.25": _c(0.25, strict=True),
    "framed, 1 content": _c(content=1, strict=True),
    "framed, 1 content, from 0.15": _c(0.15, 1, strict=True),
    "framed, 1 content, from 0.20": _c(0.20, 1, strict=True),
    "framed, best in its text": _c(best=True, strict=True),
    "framed, best, 1 content": _c(content=1, best=True, strict=True),
    "framed, best, from 0.15": _c(0.15, best=True, strict=True),
    "tight frame (k - i = 2)": _c(tight=True),
    "tight frame, 1 content": _c(content=1, tight=True),
    "tight frame, from 0.15": _c(0.15, tight=True),
    "loose frame (i <= j <= k), from 0.15": _c(0.15, loose=True),
    "loose frame, 1 content, from 0.20": _c(0.20, 1, loose=True),
    "loose frame, best, 1 content": _c(content=1, best=True, loose=True),
    "right after the previous's claim": _c(after_prev=True),
    "right after, 1 content": _c(content=1, after_prev=True),
    "right after, from 0.15": _c(0.15, after_prev=True),
    "right after, 1 content, from 0.15": _c(0.15, 1, after_prev=True),
    "right before the next's claim, from 0.15": _c(0.15, before_next=True),
    "right before, 1 content, from 0.10": _c(0.10, 1, before_next=True),
    "right before, 1 content, from 0.20": _c(0.20, 1, before_next=True),
    "right after, 1 content, from 0.10": _c(0.10, 1, after_prev=True),
    "right after, 1 content, from 0.20": _c(0.20, 1, after_prev=True),
    "right after, 2 content, from 0.15": _c(0.15, 2, after_prev=True),
    "neighbour, from 0.20": _c(0.20, neighbour=True),
    "neighbour, 1 content, from 0.20": _c(0.20, 1, neighbour=True),
    "names the claim's leader, from 0.20": _c(0.20, names=True),
    "names the leader, 1 content, from 0.15": _c(0.15, 1, names=True),
    "names the leader, best, 1 content": _c(content=1, names=True, best=True),
    "names the leader, framed": _c(names=True, strict=True),
    "names the leader, framed, 1 content": _c(content=1, names=True, strict=True),
    "another outlet's linked sentence from 0.4": lambda r: r["speaker_ok"] and r["witness"] >= 0.4,
    "another outlet's linked sentence from 0.5": lambda r: r["speaker_ok"] and r["witness"] >= 0.5,
    "another outlet's, 0.4, 1 content": lambda r: r["speaker_ok"] and r["witness"] >= 0.4 and r["content"] >= 1,
    "another outlet's from 0.6, 1 content": lambda r: r["speaker_ok"] and r["witness"] >= 0.6 and r["content"] >= 1,
    "another outlet's from 0.7, 1 content": lambda r: r["speaker_ok"] and r["witness"] >= 0.7 and r["content"] >= 1,
    "another outlet's, 0.3, from 0.15": lambda r: r["speaker_ok"] and r["witness"] >= 0.3 and r["score"] >= 0.15,
    "quotes the claim": _c(quote=True),
    "quotes the claim, 1 content": _c(content=1, quote=True),
}


def tally(all_rows: list[dict], keep) -> str:
    """Per sentence, the best-scoring candidate meeting the condition: yes (required) / no / out."""
    yes, req, no, out = counts(all_rows, keep)
    return f"{yes:4d} ({req:3d}) {no:5d} {out:4d}"


def main() -> None:
    all_rows = gathered_rows(rows)
    read = [r for r in all_rows if r["event"] not in ("dev", "old")]
    devold = [r for r in all_rows if r["event"] in ("dev", "old")]
    print(f"{len(all_rows)} candidates, {len({r['claim'] for r in all_rows})} sentences; required gold links among "
          f"them {len({(r['claim'], r['other']) for r in all_rows if r['required']})}")
    print(f"{'condition (guards: speaker, other meeting)':44s} {'read: yes (req)   no  out':27s} "
          "dev+old: yes (req) no out")
    for name, keep in CONDITIONS.items():
        print(f"{name:44s} {tally(read, keep):27s} {tally(devold, keep)}")


if __name__ == "__main__":
    main()
