"""Required outlet -> official links the engine misses, each by its mechanical cause: a census.

    python eval/missed_causes.py [--only NAME] [--rows] [--long N]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: eval/unlinked.readable),
each required gold link outlet -> official the analysis leaves unlinked (folder_pairs.missed_pairs) is scored on its
best pair of claims as eval/missed_gates.py scores it (the outlet score, a sentence's pieces too) and put under one
cause: "not retrieved" (fewer than two concepts in common, or two with no close report: the scorer never weighs the
pair), "content gate" (three or more in common, fewer than OUTLET_CONTENT of them content), "under floor" (the gates
pass, the score is under OUTLET_THRESHOLD), split by whether either side is long (N content concepts or more: one
sentence carrying several claims, its weight spread over them) and by how near the floor it scores, and "scored, not
kept" (it reaches the floor: another claim of that text outranks it, or a later pass drops it), split by whether the
outlet sentence is linked to another claim of that text (taken in the assignment) and the gold target's rank among
that text's claims. Each cause also counts the misses whose target is an official call line (`ledes.call_lines`),
whose outlet sentence opens as a lede (`ledes._lede`), and that share a third country or region the folder names so
often that it counts among who the event is about (`readouts._topic_places` within `Weights.who`). Counts only; --rows
prints each miss (docs/engine.md, Round 51, helper links106)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from folder_pairs import _content, analysed, missed_pairs  # noqa: E402
from missed_gates import _group, _shares  # noqa: E402
from scoring import load_gold  # noqa: E402
from unlinked import readable  # noqa: E402

from readout_viewer.core.linking.counterparts import CLOSE_SHARED, _outlet_score  # noqa: E402
from readout_viewer.core.linking.ledes import _lede, call_lines  # noqa: E402
from readout_viewer.core.linking.pairs import OUTLET_THRESHOLD  # noqa: E402
from readout_viewer.core.linking.readouts import _topic_places  # noqa: E402

# A sentence with this many content concepts (not names, the setting, common words or dates) carries several claims.
LONG = 12
# Under the floor by at most this much: a near miss a threshold or a length rule could reach.
NEAR = 0.07


def _scores(a: str, doc: str, analysis, terms, w) -> list[tuple[float, str]]:
    """Outlet claim `a` scored against every claim of official text `doc` (its pieces and theirs), best first."""
    mine = terms[a]
    out = [(_outlet_score(mine, w.pieces.get(a, ()), terms[c.id], w.pieces.get(c.id, ()), w, CLOSE_SHARED), c.id)
           for c in analysis.claims if c.doc == doc and c.id in terms]
    return sorted(out, key=lambda x: (-x[0], x[1]))


def _cause(r: dict, long: int) -> str:
    """The mechanical cause of one miss (see the module's docstring)."""
    g = r["group"]
    if g in ("shared<2", "shared=2"):
        return "not retrieved"
    if g == "content<2":
        return "content gate"
    if g == "under floor":
        size = "long" if max(r["n_out"], r["n_off"]) >= long else "short"
        near = "near" if r["score"] >= OUTLET_THRESHOLD - NEAR else "far"
        return f"under floor, {size}, {near}"
    return "scored, taken" if r["elsewhere"] else "scored, dropped"


def rows(name: str, folder: Path, gold_path: Path, long: int) -> list[dict]:
    """One row per missed required link: its best pair, the lengths of the two sides, its rank, its cause."""
    analysis, ctx, gold, docs, doc_of, into, _ = analysed(folder, gold_path)
    required = len(load_gold(gold_path).get("links", []))
    terms, w = ctx.terms, ctx.w
    lines: dict[str, set[str]] = {}
    out = []
    for fa, tb in missed_pairs(analysis, gold, required, docs, doc_of):
        scored = [(_outlet_score(terms[a], w.pieces.get(a, ()), terms[b], w.pieces.get(b, ()), w, CLOSE_SHARED),
                   *_shares(terms[a], terms[b], w), a, b) for a in fa for b in tb if a in terms and b in terms]
        if not scored:
            continue
        s, _, _, shared, content, a, b = max(scored, key=lambda x: x[:3])
        ranks = _scores(a, doc_of[b], analysis, terms, w)
        rank = next(i for i, (_, c) in enumerate(ranks) if c == b) + 1
        r = {"event": name, "score": s, "group": _group(s, len(shared), len(content)),
             "elsewhere": bool(into.get((a, doc_of[b]))), "shared": sorted(shared), "content": sorted(content),
             "n_out": len(_content(terms[a], w)), "n_off": len(_content(terms[b], w)), "rank": rank,
             "best": ranks[0][0], "text": analysis.claim[a].text, "other": analysis.claim[b].text}
        doc = docs[doc_of[b]]
        if doc.id not in lines:
            own = [c for c in analysis.claims if c.doc == doc.id and c.id in terms]
            side = frozenset((doc.side,)) if doc.side else frozenset()
            lines[doc.id] = {c.id for c, _ in call_lines(own, terms, w, side)}
        r["call line"] = b in lines[doc.id]
        r["lede"] = _lede(analysis.claim[a], terms[a], w) is not None
        r["place"] = bool(set(shared) & w.who & _topic_places(frozenset(w.leaders.values())))
        r["cause"] = _cause(r, long)
        out.append(r)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--rows", action="store_true")
    parser.add_argument("--long", type=int, default=LONG)
    args = parser.parse_args()
    found = [r for name, folder, gold in readable() if args.only in name
             for r in rows(name, folder, gold, args.long)]
    causes = Counter(r["cause"] for r in found)
    print(f"{len(found)} required outlet -> official links missed (long: {args.long}+ content concepts)")
    for cause, n in sorted(causes.items(), key=lambda kv: -kv[1]):
        taken = sum(r["elsewhere"] for r in found if r["cause"] == cause)
        top = sum(r["rank"] == 1 for r in found if r["cause"] == cause)
        line = sum(r["call line"] for r in found if r["cause"] == cause)
        lede = sum(r["lede"] for r in found if r["cause"] == cause)
        place = sum(r["place"] for r in found if r["cause"] == cause)
        print(f"  {cause:28s} {n:4d}  (sentence linked elsewhere in that text: {taken}; gold target ranked first: "
              f"{top}; target a call line: {line}; outlet sentence a lede: {lede}; a frequent third place shared: "
              f"{place})")
    for r in found if args.rows else ():
        print(f"{r['event']} [{r['cause']}] {r['score']:.2f} rank={r['rank']} best={r['best']:.2f} "
              f"n={r['n_out']}/{r['n_off']} line={r['call line']} lede={r['lede']} shared={r['shared']}\n"
              f"    {r['text']}\n    {r['other']}")


if __name__ == "__main__":
    main()
