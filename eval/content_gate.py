"""The outlet pairs the content gate stops that would otherwise link, told by the gold: a census.

    python eval/content_gate.py [--only NAME] [--save FILE | --load FILE] [--rows]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: eval/unlinked.readable),
each outlet sentence is scored against each claim of each official text it is compared with, as the outlet pass
scores it (`counterparts._outlet_score`), but with the content gate lifted (three or more concepts in common, fewer
than OUTLET_CONTENT of them content: `counterparts._content`). A pair the gate stops is a candidate when, ungated, it
reaches the pair's floor and outranks every pair the gate lets through in that text (it would be the sentence's best
there). Each candidate is told by the gold (req: a required link; opt: an optional one; no: the gold judges the two
texts and links them not; out: not judged) with what may part them: the shared concepts and which are content, each
side's content concepts, the share of the shorter side's content weight held by the other, whether the sentence links
elsewhere in that text, the runner-up. Counts only; --rows prints each candidate (docs/engine.md, Round 52, helper
links109)."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from folder_pairs import _content as own_content  # noqa: E402
from folder_pairs import analysed  # noqa: E402
from scoring import _link_hits, load_gold  # noqa: E402
from unlinked import readable  # noqa: E402

from readout_viewer.core.language.reports import reports_a_leader  # noqa: E402
from readout_viewer.core.linking.counterparts import (  # noqa: E402
    CLOSE_SHARED,
    OUTLET_CONTENT,
    OUTLET_SHARED,
    PIECE_SHARE,
    _content,
    _outlet_score,
    _piece_pairs,
    sharing,
)
from readout_viewer.core.linking.ledes import _lede  # noqa: E402
from readout_viewer.core.linking.similarity import SETTING, mention, score  # noqa: E402


def _ungated(mine, pieces, other, others, w) -> float:
    """`_outlet_score` of a pair sharing OUTLET_SHARED concepts or more, the content gate lifted."""
    return max([score(mine, other, w, min_shared=OUTLET_SHARED)] +
               [PIECE_SHARE * score(p, q, w, min_shared=OUTLET_SHARED) for p, q in _piece_pairs(mine, pieces, other,
                                                                                                  others)])


def _gated(mine, other, w) -> bool:
    """Whether the content gate stops the pair."""
    shared = mine.concepts & other.concepts
    return len(shared) >= OUTLET_SHARED and len(_content(mine, other, shared, w)) < OUTLET_CONTENT and not (
        mention(mine, w) and mention(other, w))


def _pure(t, w) -> frozenset[str]:
    """A claim's content concepts less who the event is about too (`folder_pairs._content` less `Weights.who`)."""
    return own_content(t, w) - w.who


def _gated_or_open(mine, other, w) -> float:
    """The pair's outlet score with the content gate lifted (0 under OUTLET_SHARED concepts in common)."""
    if len(mine.concepts & other.concepts) < OUTLET_SHARED:
        return 0.0
    return score(mine, other, w, min_shared=OUTLET_SHARED)


def rows(name: str, folder: Path, gold_path: Path) -> list[dict]:
    """One row per candidate the content gate stops (see the module's docstring)."""
    analysis, ctx, gold, docs, doc_of, into, pairs = analysed(folder, gold_path)
    required = len(load_gold(gold_path).get("links", []))
    terms, w = ctx.terms, ctx.w
    out = []
    anywhere = {c for lk in analysis.links for c in (lk.a, lk.b)}
    for pair in pairs:
        index = ctx.indexes[pair.b.id]
        for ca in ctx.claims_of.get(pair.a.id, ()):
            if ca.id not in terms:
                continue
            mine, spoke = terms[ca.id], ctx.speakers.get(ca.id)
            least = CLOSE_SHARED if spoke is not None and reports_a_leader(ca.text) else OUTLET_SHARED
            open_, shut = [], []
            for o in sharing(mine, index, least):
                if spoke is not None and ctx.speakers.get(o.id, spoke) != spoke:
                    continue
                theirs = terms[o.id]
                if _gated(mine, theirs, w):
                    shut.append((_ungated(mine, w.pieces.get(ca.id, ()), theirs, w.pieces.get(o.id, ()), w), o))
                else:
                    open_.append((_outlet_score(mine, w.pieces.get(ca.id, ()), theirs, w.pieces.get(o.id, ()), w,
                                                least), o))
            if not shut:
                continue
            top = max((s for s, _ in open_), default=0.0)
            shut.sort(key=lambda x: (-x[0], x[1].id))
            s, cb = shut[0]
            if s < pair.threshold or s <= top:
                continue
            theirs = terms[cb.id]
            shared = mine.concepts & theirs.concepts
            content = _content(mine, theirs, shared, w)
            a_c, b_c = own_content(mine, w), own_content(theirs, w)
            short = a_c if sum(w.idf(c) for c in a_c) <= sum(w.idf(c) for c in b_c) else b_c
            held = (short & (a_c & b_c))
            cover = math.fsum(w.idf(c) for c in held) / (math.fsum(w.idf(c) for c in short) or 1)
            pure_a, pure_b = _pure(mine, w), _pure(theirs, w)
            short2 = pure_a if math.fsum(w.idf(c) for c in pure_a) <= math.fsum(w.idf(c) for c in pure_b) else pure_b
            cover2 = math.fsum(w.idf(c) for c in short2 & pure_a & pure_b) / (math.fsum(w.idf(c) for c in short2) or 1)
            verdict = gold.verdict(ca.id, cb.id)
            if verdict == "yes":
                req = any(_link_hits({"a": ca.id, "b": cb.id}, gold.claims, f, ts) for f, ts in gold.links[:required])
                verdict = "req" if req else "opt"
            linked = into.get((ca.id, pair.b.id), [])
            out.append({
                "event": name, "verdict": verdict, "score": round(s, 3), "top_open": round(top, 3),
                "second": round(shut[1][0], 3) if len(shut) > 1 else 0.0, "threshold": pair.threshold,
                "shared": sorted(shared), "content": sorted(content),
                "who": sorted(shared & w.who), "setting": sorted(shared & SETTING), "names": sorted(shared & w.names),
                "common": sorted(shared & w.common), "n_out": len(a_c), "n_off": len(b_c), "cover": round(cover, 3),
                "cover2": round(cover2, 3),
                "short2": len(short2), "pure_shared": sorted(pure_a & pure_b), "linked_any": ca.id in anywhere,
                "own_shared": sorted(a_c & b_c),
                "linked_here": [(b, round(x, 3)) for b, x in linked], "linked_to_it": bool(linked and any(
                    b == cb.id for b, _ in linked)),
                "mention_a": mention(mine, w), "mention_b": mention(theirs, w), "lede": _lede(ca, mine, w) is not None,
                "leader": reports_a_leader(ca.text), "spoke": spoke, "kind": pair.b.kind,
                "long_doc": len(ctx.claims_of.get(pair.b.id, ())),
                "bigrams": sorted(map(list, mine.bigrams & theirs.bigrams)),
                "rank_back": sum(1 for c in ctx.claims_of.get(pair.a.id, ()) if c.id in terms and c.id != ca.id and
                                 _gated_or_open(terms[c.id], theirs, w) > s), "n_all_a": len(mine.concepts),
                "n_all_b": len(theirs.concepts), "text": ca.text, "other": cb.text})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--rows", action="store_true")
    parser.add_argument("--save", default="")
    parser.add_argument("--load", default="")
    args = parser.parse_args()
    if args.load:
        found = json.loads(Path(args.load).read_text())
    else:
        found = [r for name, folder, gold in readable() if args.only in name for r in rows(name, folder, gold)]
    if args.save:
        Path(args.save).write_text(json.dumps(found))
    fresh = [r for r in found if not r["linked_here"]]
    print(f"{len(found)} candidates the content gate stops ({len(fresh)} from a sentence with no link into that text)")
    for label, group in (("all", found), ("unlinked there", fresh)):
        print(f"  {label}: {dict(Counter(r['verdict'] for r in group))}")
    for r in found if args.rows else ():
        print(f"{r['event']} [{r['verdict']}] {r['score']:.2f} open={r['top_open']:.2f} cover={r['cover']:.2f} "
              f"n={r['n_out']}/{r['n_off']} linked={bool(r['linked_here'])} shared={r['shared']} "
              f"content={r['content']}\n    {r['text']}\n    {r['other']}")


if __name__ == "__main__":
    main()
