"""Official claims with one counterpart in the other official text: the second counterpart the gold wants and the engine
misses, and the candidates a rule on the part left would add.

    python eval/second_counterparts.py [--only NAME]

On dev, the old folder and every readable event (never one of KEPT_OUT: `unlinked.readable`). Part 1: each required
official<->official gold link the engine misses where one end is already linked to another claim of the other end's
text: what joins the source sentence's points, the concepts the part left (`second_claims.left_over`) shares with the
target, the pair's plain score (whole and part left), the gate (a long or one side's pair; the target already taken
in the source's text; free). Part 2: for every official claim with exactly one partner in a short two-side pair, its
best further claim there scored on the part left, with the gold's word, counted by floor and shared content concepts
(docs/engine-history.md, Round 42, helper links90)."""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict

from scoring import Spans, _link_hits, load_gold, overlaps
from unlinked import KEPT_OUT, Gold, _captured, readable

from readout_viewer.core import jsonio
from readout_viewer.core.analysis import analyze
from readout_viewer.core.linking.align import LONG_DOC_CLAIMS
from readout_viewer.core.linking.pairs import document_pairs, same_side
from readout_viewer.core.linking.second_claims import left_over
from readout_viewer.core.linking.similarity import SETTING, score

JOIN = re.compile(r",? as well as |,? and |;|, including ")


def _band(x: float) -> str:
    return ">=0.35" if x >= 0.35 else "0.18-0.35" if x >= 0.18 else "0.12-0.18" if x >= 0.12 else "<0.12"


def _short_two_sides(da, db, ctx) -> bool:
    pair = next(iter(document_pairs([da, db])), None)
    sizes = (len(ctx.claims_of.get(da.id, ())), len(ctx.claims_of.get(db.id, ())))
    return pair is not None and not same_side(pair) and max(sizes) <= LONG_DOC_CLAIMS


def census(name, folder, gold_path, missed: list, candidates: list) -> None:
    """Append one folder's missed second counterparts and its part-left candidates."""
    assert name not in KEPT_OUT
    _captured.clear()
    an = analyze(folder)
    ctx, data, gold = _captured[-1], jsonio.to_dict(an), load_gold(gold_path)
    spans, claims = Spans(data, gold.get("docs", {})), {c["id"]: c for c in data["claims"]}
    docs = {d.id: d for d in an.documents}
    partners: dict[str, set[str]] = defaultdict(set)
    for lk in an.links:
        partners[lk.a].add(lk.b)
        partners[lk.b].add(lk.a)

    def into(cid: str, doc: str) -> set[str]:
        return {p for p in partners[cid] if claims[p]["doc"] == doc and docs[doc].is_official}

    for g in gold.get("links", []):
        frm = spans.span(g["from"])
        for to in (spans.span(t) for t in g["to"]):
            ends = [[c for c in claims.values() if overlaps(c, s)] for s in (frm, to)] if frm and to else [[], []]
            if not all(ends) or not all(docs[e[0]["doc"]].is_official for e in ends) or \
                    any(_link_hits(lk, claims, frm, [to]) for lk in data["links"]):
                continue
            for src, tgt in ((ends[0][0], ends[1][0]), (ends[1][0], ends[0][0])):
                firsts = into(src["id"], tgt["doc"])
                if not firsts or src["id"] not in ctx.terms or tgt["id"] not in ctx.terms:
                    continue
                mine, theirs = ctx.terms[src["id"]], ctx.terms[tgt["id"]]
                left = left_over(mine, (ctx.terms[f] for f in firsts if f in ctx.terms))
                joined = JOIN.search(an.claim[src["id"]].text)
                gate = "long or one side's pair" if not _short_two_sides(docs[src["doc"]], docs[tgt["doc"]], ctx) \
                    else "target taken" if into(tgt["id"], src["doc"]) else "target free"
                missed.append({"event": name, "join": joined.group(0).strip(", ") if joined else "none",
                               "left shares": min(len(left.concepts & theirs.concepts), 2), "gate": gate,
                               "whole": _band(score(mine, theirs, ctx.w, names_only=1.0)),
                               "part left": _band(score(left, theirs, ctx.w, names_only=1.0))})
                break
    verdicts = Gold(data, gold_path)
    for da in (d for d in an.documents if d.is_official and d.compared):
        for db in (d for d in an.documents if d.is_official and d.compared and d.id != da.id):
            if not _short_two_sides(da, db, ctx):
                continue
            for x in (c for c in ctx.claims_of.get(da.id, ()) if c.id in ctx.terms):
                ys = into(x.id, db.id)
                if len(ys) != 1:
                    continue
                left = left_over(ctx.terms[x.id], [ctx.terms[y] for y in ys if y in ctx.terms])
                best = max(((score(left, ctx.terms[z.id], ctx.w, names_only=1.0), z.id)
                            for z in ctx.claims_of.get(db.id, ()) if z.id in ctx.terms and z.id not in partners[x.id]),
                           default=(0.0, ""))
                if best[0] > 0:
                    shared = (left.concepts & ctx.terms[best[1]].concepts) - SETTING - ctx.w.who - ctx.w.common
                    candidates.append((best[0], len(shared), verdicts.verdict(x.id, best[1])))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    missed: list[dict] = []
    candidates: list[tuple[float, int, str]] = []
    for name, folder, gold_path in readable():
        if args.only in name:
            census(name, folder, gold_path, missed, candidates)
    print(f"{len(missed)} required official links missed beside a first counterpart")
    for key in ("event", "join", "left shares", "gate", "whole", "part left"):
        counts = Counter(r[key] if key != "event" else r[key] in ("dev", "old") and r[key] or "read" for r in missed)
        print(f"  by {key}: {dict(sorted(counts.items()))}")
    print("part-left candidates (best further claim of a claim with one partner), by floor and shared concepts:")
    for floor in (0.15, 0.18, 0.20, 0.25):
        for least in (1, 2, 3):
            got = Counter(v for s, n, v in candidates if s >= floor and n >= least)
            print(f"  from {floor:.2f}, {least}+ shared: yes {got['yes']}  no {got['no']}  out {got['out']}")


if __name__ == "__main__":
    main()
