"""Quoted words a translation moved: a phrase of the quotation that stands, in the same order, inside the passage
but outside the in-order alignment (quotes/translation.py counts it as carried)."""

from __future__ import annotations

from collections.abc import Sequence


def moved(keys: Sequence[str], blocks: Sequence[tuple[int, int, int]], concepts: Sequence[str], w_lo: int,
          first: int, last: int) -> list[int]:
    """Indices of quoted concepts (`keys`) outside the in-order alignment (`blocks`: quote index, index in the
    window from `w_lo`, length) that stand unaligned inside the passage [first, last) of `concepts` as neighbours in
    the same order, two or more: a translation moves a clause ("put the strengthening of Europe on new foundations"
    for "providing new foundations for the strengthening of Europe") and an alignment in order can keep only one side
    of the move; single words found apart are chance."""
    aligned_at = {w_lo + b + k for _, b, n in blocks for k in range(n)}
    in_order = {a + k for a, _, n in blocks for k in range(n)}
    free = [p for p in range(first, last) if p not in aligned_at]
    pairs = {(concepts[p], concepts[q]): p for p, q in zip(free, free[1:]) if q == p + 1}
    found: set[int] = set()
    used: set[int] = set()  # passage positions already standing for a moved word
    for i in range(len(keys) - 1):
        at = pairs.get((keys[i], keys[i + 1]))
        if i in in_order or i + 1 in in_order or at is None or {at, at + 1} & used:
            continue
        found |= {i, i + 1}
        used |= {at, at + 1}
    return sorted(found)
