"""A compound official sentence split into its parts: each part against the other side's claims, with the gold's word.

    python eval/official_parts.py [--only NAME] [--split told|pieces|commas]

On dev, the old folder and every readable event (never one of KEPT_OUT: `unlinked.readable`). For each pair of two
sides' short official texts (as `align._align_officials` pairs them: not one side's, neither over LONG_DOC_CLAIMS),
each claim of one text that parts into two or more (`--split`: `told`, `claim_parts.told_parts` as `told_apart` parts
it; `pieces`, those parted again by `claim_parts.parts`; `commas`, those parted again at every comma, ", and <article>"
and "as well as", a probe of how far a finer cut reaches, no rule of the engine), and each claim of the other text not
linked to it: the best part's score (`similarity.score`, names counting), whether that part is the one the compound's
partners there tell best, the content concepts shared with the part and not held by those partners, whether each end
already has a partner in the other's text, and the gold's word (yes: a required or optional gold link; no: the gold
judges the two texts and does not link them; out). Counted by floor, shared concepts and which ends are free. Not a
test: docs/engine-history.md (Round 43, helper links92) records what it showed.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict

from unlinked import KEPT_OUT, Gold, _captured, readable

from readout_viewer.core import jsonio
from readout_viewer.core.analysis import analyze
from readout_viewer.core.linking.align import LONG_DOC_CLAIMS
from readout_viewer.core.linking.claim_parts import parts, told_parts
from readout_viewer.core.linking.pairs import document_pairs, same_side
from readout_viewer.core.linking.similarity import SETTING, score
from readout_viewer.core.linking.terms import terms as text_terms

COMMAS = re.compile(r",?\s+and\s+(?=(?:the|a|an)\s)|,?\s+as\s+well\s+as\s+|,\s+(?:and\s+)?")
FLOORS = (0.12, 0.15, 0.18, 0.20, 0.25, 0.30)


def split(text: str, how: str) -> list[str]:
    out = told_parts(text)
    if how in ("pieces", "commas"):
        out = [q for p in out for q in (parts(p) or [p])]
    if how == "commas":
        out = [q for p in out for q in COMMAS.split(p) if q and len(q.split()) >= 2]
    return out


def linked_to(an) -> dict[str, set[str]]:
    """Each claim's linked claims, either way round (also eval/official_parts_cosine.py's)."""
    partners: dict[str, set[str]] = defaultdict(set)
    for lk in an.links:
        partners[lk.a].add(lk.b)
        partners[lk.b].add(lk.a)
    return partners


def two_sides(an, ctx):
    """Each ordered pair of compared official texts of two sides, with both texts' claims, when both have claims."""
    docs = [d for d in an.documents if d.is_official and d.compared]
    for da in docs:
        for db in docs:
            pair = next(iter(document_pairs([da, db])), None) if da.id != db.id else None
            mine, theirs = ctx.claims_of.get(da.id, ()), ctx.claims_of.get(db.id, ())
            if pair is not None and not same_side(pair) and mine and theirs:
                yield da, db, mine, theirs


def census(name, folder, gold_path, how: str, rows: list, show: bool) -> None:
    assert name not in KEPT_OUT
    _captured.clear()
    an = analyze(folder)
    ctx, data = _captured[-1], jsonio.to_dict(an)
    gold, w = Gold(data, gold_path), ctx.w
    partners = linked_to(an)
    for da, db, mine, theirs in two_sides(an, ctx):
        if max(len(mine), len(theirs)) > LONG_DOC_CLAIMS:
            continue
        for o in theirs:
            pieces = split(o.text, how)
            if len(pieces) < 2 or o.id not in ctx.terms:
                continue
            pt = [text_terms(p, w.acronyms) for p in pieces]
            firsts = [p for p in partners[o.id] if an.claim[p].doc == da.id and p in ctx.terms]
            told = {max(range(len(pt)), key=lambda i, f=f: score(ctx.terms[f], pt[i], w, names_only=1.0))
                    for f in firsts}
            held = set().union(*(ctx.terms[f].concepts for f in firsts))
            for c in mine:
                if c.id in partners[o.id] or c.id not in ctx.terms:
                    continue
                scores = [score(ctx.terms[c.id], t, w, names_only=1.0) for t in pt]
                i = max(range(len(pt)), key=scores.__getitem__)
                if scores[i] <= 0:
                    continue
                shared = (ctx.terms[c.id].concepts & pt[i].concepts) - w.names - w.common - SETTING - held
                c_free = not any(an.claim[p].doc == db.id for p in partners[c.id])
                row = (scores[i], len(shared), i in told, c_free, bool(firsts), gold.verdict(c.id, o.id))
                rows.append(row)
                if show and scores[i] >= 0.12 and row[-1] != "out" and len(shared) >= 2 and i not in told:
                    print(f"  {row[-1]:3s} {scores[i]:.3f} shared {sorted(shared)} told={i in told} "
                          f"c_free={c_free} o_taken={bool(firsts)}\n     {' '.join(c.text.split())[:110]}\n"
                          f"   ~ {pieces[i][:110]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="")
    ap.add_argument("--split", default="told", choices=("told", "pieces", "commas"))
    ap.add_argument("--show", action="store_true",
                    help="print each candidate the gold judges from 0.12, two concepts shared, on a part not told")
    args = ap.parse_args()
    rows: list = []
    for name, folder, gold_path in readable():
        if args.only in name:
            if args.show:
                print(name)
            census(name, folder, gold_path, args.split, rows, args.show)
    print(f"split {args.split}: {len(rows)} candidates (a part not told by the compound's partners, 1+ shared)")
    for label, keep in (("c free", lambda r: r[3]), ("c free, o taken", lambda r: r[3] and r[4]),
                        ("c taken", lambda r: not r[3])):
        print(f" {label}:")
        for floor in FLOORS:
            line = []
            for least in (1, 2, 3):
                got = Counter(r[5] for r in rows if keep(r) and not r[2] and r[0] >= floor and r[1] >= least)
                line.append(f"{least}+: yes {got['yes']:2d} no {got['no']:3d}")
            print(f"   from {floor:.2f}  " + " | ".join(line))


if __name__ == "__main__":
    main()
