"""The rows of a synopsis: statements of several documents in columns, every linked group on one row (no Qt).

A row is a group of statements joined by links between the columns, however many on each side (many-to-many):
two linked statements always share a row. Rows follow the reading order of the first column; a row without a
statement of the first column follows the row of the statement before it in its own column; a statement linked
to nothing shown stands on a row of its own. A column whose text tells things in another order than the first
shows its statements out of their order, numbered, rather than tearing a link apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from readout_viewer.core import status
from readout_viewer.core.model import DIVERGE, Analysis

Row = tuple[tuple[str, ...], ...]  # per column, the claim ids on this row, in text order


def statements(analysis: Analysis, doc_id: str) -> list[str]:
    """The ids of the claims of a document that are statements (the only ones a synopsis compares)."""
    return [c.id for c in analysis.claims_of.get(doc_id, ()) if c.is_statement]


def _groups(analysis: Analysis, columns: Sequence[str]) -> dict[str, str]:
    """Each statement of the columns mapped to a representative of its group of linked statements (union-find)."""
    parent = {cid: cid for d in columns for cid in statements(analysis, d)}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in analysis.links:
        if link.a in parent and link.b in parent and analysis.claim[link.a].doc != analysis.claim[link.b].doc:
            parent[find(link.a)] = find(link.b)
    return {c: find(c) for c in parent}


def synopsis_rows(analysis: Analysis, columns: Sequence[str]) -> list[Row]:
    """The rows of the synopsis of `columns` (see the module's docstring for the rule)."""
    group = _groups(analysis, columns)
    cells: dict[str, list[list[str]]] = {}
    keys: dict[str, tuple[int, ...]] = {}
    opened_by: dict[str, int] = {}  # the column whose statement placed the row
    for j, doc in enumerate(columns):
        previous: str | None = None
        for n, cid in enumerate(statements(analysis, doc)):
            g = group[cid]
            row = cells.setdefault(g, [[] for _ in columns])
            row[j].append(cid)
            if g not in keys:
                keys[g] = _key(keys, opened_by, previous, j, n)
                opened_by[g] = j
            previous = g
    order = sorted(keys, key=keys.__getitem__)
    return [tuple(tuple(cell) for cell in cells[g]) for g in order]


def _key(keys: dict[str, tuple[int, ...]], opened_by: dict[str, int], previous: str | None, column: int,
         n: int) -> tuple[int, ...]:
    """Where a new row sorts: the first column by position; another column just after the row of its previous
    statement (after the rows already placed there), else before every row."""
    if column == 0:
        return (n,)
    if previous is None:
        return (-1, column, n)
    if opened_by[previous] == column:  # a run of this column's rows: siblings, not ever deeper nesting
        return keys[previous][:-1] + (n,)
    return keys[previous] + (column, n)


def relation_in_row(analysis: Analysis, claim_id: str, columns: Sequence[str]) -> str:
    """The statement's status against the other columns: agree, diverge, omitted by them, else unlinked."""
    return status.claim_status(analysis, claim_id, columns).status


def diverging_partners(analysis: Analysis, claim_id: str, row: Row) -> list[str]:
    """The statements of the row the claim diverges from (the pairs whose changed words are marked)."""
    others = {c for cell in row for c in cell if c != claim_id}
    return [link.other(claim_id) for link in analysis.links_of.get(claim_id, ())
            if link.relation == DIVERGE and link.other(claim_id) in others]


@dataclass(frozen=True)
class Run:
    """Consecutive rows that each hold one statement of one column linked to nothing shown: one short line."""

    column: int
    claims: tuple[str, ...]


def collapse(analysis: Analysis, rows: Sequence[Row], columns: Sequence[str]) -> list[Row | Run]:
    """The rows with each run of lone, unlinked statements of one column made a Run (official statements the
    other columns leave out stay rows: they are findings)."""
    out: list[Row | Run] = []
    for row in rows:
        lone = _lone(analysis, row, columns)
        if lone is None:
            out.append(row)
            continue
        column, claim = lone
        last = out[-1] if out else None
        if isinstance(last, Run) and last.column == column:
            out[-1] = Run(column, last.claims + (claim,))
        else:
            out.append(Run(column, (claim,)))
    return out


def _lone(analysis: Analysis, row: Row, columns: Sequence[str]) -> tuple[int, str] | None:
    filled = [(j, cell) for j, cell in enumerate(row) if cell]
    if len(filled) != 1 or len(filled[0][1]) != 1:
        return None
    j, (claim,) = filled[0]
    return (j, claim) if relation_in_row(analysis, claim, columns) == status.UNLINKED else None


def numbers(claims: Sequence[str]) -> str:
    """The claims' numbers with consecutive ones as ranges: '1–4, 7'."""
    nums = [int(c.rsplit("#", 1)[-1]) for c in claims]
    parts, start = [], 0
    for i in range(1, len(nums) + 1):
        if i == len(nums) or nums[i] != nums[i - 1] + 1:
            parts.append(str(nums[start]) if i - 1 == start else f"{nums[start]}–{nums[i - 1]}")
            start = i
    return ", ".join(parts)
