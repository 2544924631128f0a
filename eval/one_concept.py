"""Outlet sentences linked to nothing and the official claims sharing one content concept with them, by condition.

    python eval/one_concept.py [--only NAME] [--save FILE | --load FILE]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`),
each outlet statement that today's passes link to no official claim, and each official claim of a text it may report
that shares exactly one content concept with it (not who the event is about, not the setting: the outlet gate,
`counterparts._outlet_score`, wants `OUTLET_CONTENT` = 2), with what the engine already reads of the pair: the
concept's holders (official claims of the text and of the event, claims of the folder), whether it is a name, the
pair's score, whether the sentence reports a leader and whose words each side carries, whether the sentence's
neighbours link next to the claim, whether the concept is in both sentences' first part. Each condition below takes,
per sentence, its best-scoring candidate that meets it; printed: how many the gold confirms (a required or optional
link), how many it does not where it judges the two documents (false candidates), how many lie outside what it
judges (docs/engine-history.md, Round 35, helper links53). Counts only.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import unlinked
from scoring import Spans, load_gold

from readout_viewer.core import jsonio
from readout_viewer.core.analysis import analyze
from readout_viewer.core.language.reports import reports_a_leader
from readout_viewer.core.linking.claim_parts import parts
from readout_viewer.core.linking.pairs import document_pairs
from readout_viewer.core.linking.similarity import SETTING, score
from readout_viewer.core.linking.terms import terms as text_terms


def analysed(folder: Path, gold_path: Path) -> tuple:
    """The folder's analysis, the linking's context, the gold located in it, its required (outlet, official) pairs
    and each claim's official links."""
    unlinked._captured.clear()
    analysis = analyze(folder)
    context = unlinked._captured[-1]
    data = jsonio.to_dict(analysis)
    docs = {d.id: d for d in analysis.documents}
    linked: dict[str, set[str]] = defaultdict(set)
    for lk in analysis.links:
        for a, b in ((lk.a, lk.b), (lk.b, lk.a)):
            if docs[analysis.claim[b].doc].is_official:
                linked[a].add(b)
    return analysis, context, unlinked.Gold(data, gold_path), _required(data, gold_path), linked


def rows(folder: Path, gold_path: Path) -> list[dict]:
    """One row per (unlinked outlet sentence, official claim sharing one content concept with it)."""
    analysis, context, gold, wanted_links, linked = analysed(folder, gold_path)
    w, terms = context.w, context.terms
    event_holders: dict[tuple[str, str], int] = defaultdict(int)  # (event, concept) -> official claims holding it
    for d in analysis.documents:
        if d.is_official and d.id in context.indexes:
            for c, held in context.indexes[d.id].items():
                event_holders[(d.event, c)] += len(held)
    first_part: dict[str, frozenset[str]] = {}

    def first(cid: str, text: str) -> frozenset[str]:
        if cid not in first_part:
            ps = parts(text) or [text]
            first_part[cid] = text_terms(ps[0], w.acronyms).concepts
        return first_part[cid]
    out = []
    pairs = [p for p in document_pairs([d for d in analysis.documents if d.compared]) if not p.a.is_official]
    for pair in pairs:
        mine = list(context.claims_of.get(pair.a.id, ()))
        theirs = list(context.claims_of.get(pair.b.id, ()))
        where = {c.id: n for n, c in enumerate(theirs)}
        index = context.indexes[pair.b.id]
        for n, ca in enumerate(mine):
            if linked.get(ca.id) or ca.id not in terms:
                continue
            ta = terms[ca.id]
            near = [linked.get(c.id, set()) for c in mine[max(0, n - 1):n + 2] if c is not ca]
            for cb in theirs:
                tb = terms[cb.id]
                content = (ta.concepts & tb.concepts) - w.who - SETTING
                if len(content) != 1:
                    continue
                (x,) = content
                sa, sb = context.speakers.get(ca.id), context.voices.get(cb.id)
                out.append({
                    "claim": ca.id, "other": cb.id, "concept": x, "name": x in w.names, "common": x in w.common,
                    "df": w.df.get(x, 0), "in_text": len(index.get(x, ())),
                    "in_event": event_holders[(pair.b.event, x)], "shared": len(ta.concepts & tb.concepts),
                    "score": score(ta, tb, w), "leader": reports_a_leader(ca.text), "speaker": sa,
                    "their_speaker": sb, "side": pair.b.side, "same_event": pair.a.event == pair.b.event,
                    "neighbour": any(abs(where.get(o, -99) - where[cb.id]) <= 1 for ids in near for o in ids),
                    "main": x in first(ca.id, ca.text) and x in first(cb.id, cb.text),
                    "verdict": gold.verdict(ca.id, cb.id), "wanted": gold.wanted(ca.id),
                    "required": (ca.id, cb.id) in wanted_links, "text": ca.text, "their": cb.text})
    return out


def _required(data: dict, gold_path: Path) -> set[tuple[str, str]]:
    """The (outlet claim, official claim) pairs a required gold link joins."""
    gold = load_gold(gold_path)
    spans = Spans(data, gold.get("docs", {}))
    found = set()
    for g in gold.get("links", []):
        frm = spans.span(g["from"])
        for to in (spans.span(t) for t in g["to"]):
            if frm is None or to is None:
                continue
            a = [c["id"] for c in data["claims"] if unlinked.overlaps(c, frm)]
            b = [c["id"] for c in data["claims"] if unlinked.overlaps(c, to)]
            found |= {(x, y) for x in a for y in b} | {(y, x) for x in a for y in b}
    return found


CONDITIONS = {
    "any (best one-concept candidate)": lambda r: True,
    "same event": lambda r: r["same_event"],
    "only holder in its text": lambda r: r["same_event"] and r["in_text"] == 1,
    "only holder in the event": lambda r: r["same_event"] and r["in_event"] == 1,
    "distinctive (df <= 3)": lambda r: r["same_event"] and r["df"] <= 3,
    "distinctive (df <= 2)": lambda r: r["same_event"] and r["df"] <= 2,
    "not a name, only holder in text": lambda r: r["same_event"] and r["in_text"] == 1 and not r["name"],
    "speaker matches": lambda r: r["same_event"] and r["speaker"] is not None and r["speaker"] in (
        r["their_speaker"], r["side"]),
    "speaker matches + only holder": lambda r: r["same_event"] and r["speaker"] is not None and r["speaker"] in (
        r["their_speaker"], r["side"]) and r["in_text"] == 1,
    "neighbour": lambda r: r["same_event"] and r["neighbour"],
    "neighbour + only holder": lambda r: r["same_event"] and r["neighbour"] and r["in_text"] == 1,
    "neighbour + score >= 0.15": lambda r: r["same_event"] and r["neighbour"] and r["score"] >= 0.15,
    "neighbour + score >= 0.20": lambda r: r["same_event"] and r["neighbour"] and r["score"] >= 0.20,
    "neighbour + score >= 0.25 (landed)": lambda r: r["same_event"] and r["neighbour"] and r["score"] >= 0.25,
    "neighbour + score >= 0.30": lambda r: r["same_event"] and r["neighbour"] and r["score"] >= 0.30,
    "neighbour + score >= 0.25 + speaker": lambda r: r["same_event"] and r["neighbour"] and r["score"] >= 0.25
    and r["speaker"] is not None,
    "speaker + only holder + score >= 0.20": lambda r: r["same_event"] and r["speaker"] is not None and r[
        "speaker"] in (r["their_speaker"], r["side"]) and r["in_text"] == 1 and r["score"] >= 0.20,
    "score >= 0.25": lambda r: r["same_event"] and r["score"] >= 0.25,
    "score >= 0.35": lambda r: r["same_event"] and r["score"] >= 0.35,
    "main clause": lambda r: r["same_event"] and r["main"],
    "main clause + only holder": lambda r: r["same_event"] and r["main"] and r["in_text"] == 1,
    "main + only holder in event": lambda r: r["same_event"] and r["main"] and r["in_event"] == 1,
    "leader + only holder in event": lambda r: r["same_event"] and r["leader"] and r["in_event"] == 1,
    "score >= 0.15 + only holder in event": lambda r: r["same_event"] and r["score"] >= 0.15 and r["in_event"] == 1,
    "score >= 0.20 + only holder in event": lambda r: r["same_event"] and r["score"] >= 0.20 and r["in_event"] == 1,
}


def tally(all_rows: list[dict], name: str, keep) -> None:
    """Per sentence, the best-scoring candidate meeting the condition: yes / no / out, and required links taken."""
    yes, req, no, out = counts(all_rows, keep)
    print(f"{name:40s} yes {yes:4d} (required {req:3d})  no {no:4d}  out {out:4d}  "
          f"precision {yes / (yes + no) if yes + no else 0:.2f}")


def counts(all_rows: list[dict], keep) -> tuple[int, int, int, int]:
    """Per sentence, the best-scoring candidate meeting the condition: how many the gold confirms, of those how many
    it requires, how many it judges false and how many lie outside what it judges."""
    best: dict[str, dict] = {}
    for r in all_rows:
        if keep(r) and r["score"] > best.get(r["claim"], {"score": -1.0})["score"]:
            best[r["claim"]] = r
    verdicts = [r["verdict"] for r in best.values()]
    return (verdicts.count("yes"), sum(r["required"] for r in best.values()), verdicts.count("no"),
            verdicts.count("out"))


def gathered_rows(rows_of) -> list[dict]:
    """The rows of the readable folders (`--only`), or of `--load`; saved to `--save` when given."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--save", default="")
    parser.add_argument("--load", default="")
    args = parser.parse_args()
    return unlinked.gathered(rows_of, args.only, args.load, args.save)


def main() -> None:
    all_rows = gathered_rows(rows)
    print(f"{len(all_rows)} candidates, {len({r['claim'] for r in all_rows})} sentences; "
          f"required gold links among them {sum(r['required'] for r in all_rows)}")
    for name, keep in CONDITIONS.items():
        tally(all_rows, name, keep)


if __name__ == "__main__":
    main()
