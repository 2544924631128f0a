"""The occasion itself and official links on thin overlap: two censuses of the read events' link misses.

    python eval/occasion_links.py [--only NAME] [--rows]

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: eval/unlinked.readable):
1. each required outlet -> official gold link the analysis misses (folder_pairs.missed_pairs) whose official end is an
   occasion line - a line that only says the leaders met or spoke (`ledes.call_lines`, the engine's own test), or one
   that would be but for a source tail or other words (`similarity.mention` of the line up to its first comma after
   the act) - by the outlet end's form (the engine's `call_mentions._call_in`: a call, or a meeting `_met`; else an
   arrival or a visit; else none), with the gate that stops its best pair (missed_gates._group);
2. every link between two official texts of different sides in a pair of documents the gold judges, by how many
   content concepts its two claims share (counterparts._content), confirmed by the gold (a required or optional link)
   or not. Counts only; --rows prints texts (docs/engine-history.md, Round 45, helper links102)."""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from folder_pairs import analysed, missed_pairs  # noqa: E402
from missed_gates import _group, _shares  # noqa: E402
from scoring import load_gold  # noqa: E402
from unlinked import readable  # noqa: E402

from readout_viewer.core.linking.call_mentions import _call_in, _met  # noqa: E402
from readout_viewer.core.linking.counterparts import CLOSE_SHARED, _outlet_score  # noqa: E402
from readout_viewer.core.linking.ledes import _SOURCE_TAIL, call_lines  # noqa: E402
from readout_viewer.core.linking.similarity import mention  # noqa: E402
from readout_viewer.core.linking.terms import terms as terms_of  # noqa: E402

# An arrival or a visit: the occasion told by one leader's coming, not by the two meeting (a probe, no engine rule).
_CAME = re.compile(r"\b(?:arriv\w*|visit\w*|came\s+to|trip\s+to)\b", re.IGNORECASE)
# The act of an occasion line, up to the first comma after it (a probe: "..., during which they discussed ...").
_ACT = re.compile(r"^[^,]*?\b(?:met|meeting|talks|spoke|call|conversation)\b[^,]*", re.IGNORECASE)


def _line_kind(claim, ctx, side) -> str:
    """How an official claim tells the occasion: 'line' (a call line), 'tail' (one closing on its source), 'more'
    (a line up to its first comma after the act), '' (none)."""
    if claim.id not in ctx.terms:  # a claim the linking did not read (the last context captured is another's)
        return ""
    lines = call_lines([claim], ctx.terms, ctx.w, side)
    if lines:
        return "tail" if _SOURCE_TAIL.search(claim.text) and not mention(ctx.terms[claim.id], ctx.w) else "line"
    act = _ACT.match(claim.text)
    return "more" if act and mention(terms_of(act.group(), ctx.w.acronyms), ctx.w) else ""


def _form(text: str, w) -> str:
    call = _call_in(text, w)
    if call is not None:
        return "met" if _met(text, w) else "call"
    return "came" if _CAME.search(text) else "none"


def occasions(name: str, folder: Path, gold_path: Path, rows: bool) -> Counter[str]:
    analysis, ctx, gold, docs, doc_of, _, _ = analysed(folder, gold_path)
    required = len(load_gold(gold_path).get("links", []))
    out: Counter[str] = Counter()
    for fa, tb in missed_pairs(analysis, gold, required, docs, doc_of):
        out["missed"] += 1
        doc = docs[doc_of[tb[0]]]
        side = frozenset((doc.side,)) if doc.side else frozenset()
        kinds = [k for b in tb if (k := _line_kind(analysis.claim[b], ctx, side))]
        if not kinds:
            continue
        both = [(a, b) for a in fa for b in tb if a in ctx.terms and b in ctx.terms]
        if not both:
            continue
        a, b = max(both, key=lambda p: _outlet_score(ctx.terms[p[0]], (), ctx.terms[p[1]], (), ctx.w, CLOSE_SHARED))
        s = _outlet_score(ctx.terms[a], (), ctx.terms[b], (), ctx.w, CLOSE_SHARED)
        n, c, _, _ = _shares(ctx.terms[a], ctx.terms[b], ctx.w)
        key = f"{kinds[0]}/{_form(analysis.claim[a].text, ctx.w)}/{_group(s, n, c)}"
        out[key] += 1
        if rows:
            print(f"{name} {key}\n    {analysis.claim[a].text[:160]}\n    {analysis.claim[b].text[:160]}")
    return out


def thin(name: str, folder: Path, gold_path: Path, rows: bool) -> Counter[str]:
    analysis, ctx, gold, docs, doc_of, _, _ = analysed(folder, gold_path)
    out: Counter[str] = Counter()
    for lk in analysis.links:
        da, db = docs[doc_of[lk.a]], docs[doc_of[lk.b]]
        if not (da.is_official and db.is_official) or da.side == db.side:
            continue
        verdict = gold.verdict(lk.a, lk.b)
        if verdict not in ("yes", "no"):
            continue
        _, c, _, content = _shares(ctx.terms[lk.a], ctx.terms[lk.b], ctx.w)
        band = "<=2" if c <= 2 else "3+"
        out[f"{band} {'true' if verdict == 'yes' else 'false'}"] += 1
        if rows and c <= 2:
            print(f"{name} {band} {verdict} {lk.score:.2f} {sorted(content)}\n    {analysis.claim[lk.a].text[:150]}"
                  f"\n    {analysis.claim[lk.b].text[:150]}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--rows", action="store_true")
    args = parser.parse_args()
    occ: Counter[str] = Counter()
    th: Counter[str] = Counter()
    for name, folder, gold in readable():
        if args.only not in name:
            continue
        one, two = occasions(name, folder, gold, args.rows), thin(name, folder, gold, args.rows)
        occ += one
        th += two
        if sum(v for k, v in one.items() if k != "missed") or two["<=2 false"] or two["<=2 true"]:
            print(f"  {name}: occasion {dict(one)} | official links {dict(two)}")
    print("missed required outlet -> official links:", occ["missed"])
    for k, v in sorted(occ.items()):
        print(f"  {k:32s} {v}")
    print("official -> official links of two sides, by content concepts shared:")
    for k, v in sorted(th.items()):
        print(f"  {k:12s} {v}")


if __name__ == "__main__":
    main()
