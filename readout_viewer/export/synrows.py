"""The rows of a synopsis: claims of several documents in columns, linked claims on the same row (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence

from readout_viewer.core.model import Analysis
from readout_viewer.core.status import omitted_or_unlinked, strongest

Row = tuple[tuple[str, ...], ...]  # per column, the claim ids on this row
# Claims that stand alone (linked to nothing on their row) are packed up to this many per cell, side by side
# with lone claims of other columns: a row per lone sentence wastes pages (long rows split across pages).
PACK_LIMIT = 12


def _components(analysis: Analysis, columns: Sequence[str]) -> dict[str, str]:
    """Each claim of the columns mapped to a representative of its group of linked claims (union-find)."""
    docs = set(columns)
    parent = {c.id: c.id for d in columns for c in analysis.claims_of.get(d, ())}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in analysis.links:
        if link.a in parent and link.b in parent and link.a.split("#")[0] in docs and link.b.split("#")[0] in docs:
            parent[find(link.a)] = find(link.b)
    return {c: find(c) for c in parent}


class _Line:
    """A row being built: its cells, and the row below it (rows form a linked list: inserting is O(1))."""

    __slots__ = ("cells", "below")

    def __init__(self, width: int, below: _Line | None) -> None:
        self.cells: list[list[str]] = [[] for _ in range(width)]
        self.below = below


def synopsis_rows(analysis: Analysis, columns: Sequence[str]) -> list[Row]:
    """Rows that keep every column in text order; linked claims share a row when that order allows it.

    Column by column, each claim goes on its group's row unless that row lies above the row of the claim before
    it in the column (text order wins over alignment), else on a new row just below that previous claim's row.
    The cursor only moves down, so the rows it has passed are collected on the way: linear, not a search per claim.
    """
    group = _components(analysis, columns)
    top = _Line(len(columns), None)  # a sentinel above the first row
    row_of: dict[str, _Line] = {}
    for j, doc in enumerate(columns):
        prev, passed = top, set()  # rows strictly above the cursor, by id
        for claim in analysis.claims_of.get(doc, ()):
            row = row_of.get(group[claim.id])
            if row is None or id(row) in passed:
                row = prev.below = _Line(len(columns), prev.below)
                row_of.setdefault(group[claim.id], row)
            while prev is not row:  # move the cursor down to the claim's row
                passed.add(id(prev))
                prev = prev.below
            row.cells[j].append(claim.id)
    rows, line = [], top.below
    while line is not None:
        rows.append(tuple(tuple(cell) for cell in line.cells))
        line = line.below
    return pack(rows)


def pack(rows: list[Row]) -> list[Row]:
    """Merge runs of rows that each hold one lone claim, keeping every column in order."""
    out: list[Row] = []
    lone_run = False
    for row in rows:
        lone = sum(len(cell) for cell in row) == 1
        if lone and lone_run and out:
            col = next(i for i, cell in enumerate(row) if cell)
            last = out[-1]
            if len(last[col]) < PACK_LIMIT:
                out[-1] = tuple(cell + row[k] if k == col else cell for k, cell in enumerate(last))
                continue
        out.append(row)
        lone_run = lone
    return out


def relation_in_row(analysis: Analysis, claim_id: str, row: Row, columns: Sequence[str] = ()) -> str:
    """The claim's relation to the claims of its row, else to claims of the other columns on other rows (the
    texts tell things in a different order); omitted or unlinked when it has none in the synopsis."""
    others = {c for cell in row for c in cell if c != claim_id}
    links = analysis.links_of.get(claim_id, ())
    here = strongest([lk for lk in links if lk.other(claim_id) in others])
    if here:
        return here
    shown = set(columns)
    elsewhere = strongest([lk for lk in links if lk.other(claim_id).split("#", 1)[0] in shown])
    if elsewhere:
        return elsewhere
    return omitted_or_unlinked(analysis, claim_id)
