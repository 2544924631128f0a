"""The Findings list's place kept through a new analysis of the same folder (a correction, its undo, the confidence
floor, a theme): the finding selected, or the next one listed when the change took it away, where it sat in view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QAbstractItemView, QTableView

from readout_viewer.core.findings import Finding

# A finding as the core model names it: its kind, where it is and what it is measured against (claim ids and spans),
# never its row (rows move as findings come and go) nor its reason or verdict (a relabel rewrites those).
Identity = tuple[str, str, str | None, str | None, str | None, int, int, int | None, str]


def identity(f: Finding) -> Identity:
    """Who a finding is, the same in every analysis of a folder that still holds it."""
    return (f.kind, f.doc, f.claim, f.other_claim, f.other_doc, f.start, f.end, f.other_start, f.cited)


@dataclass(frozen=True)
class Place:
    """Where the reader was in the list: which folder, the findings listed in order, the one selected (its index in
    `order`, -1: none), how many rows above it the view showed (the top row when none was selected), the sideways
    scroll, and the finding the reader chose (selected in its place the one after it, when a correction took it
    away: the undo brings it back, and the list goes back to it)."""

    root: str | None
    order: tuple[Identity, ...]
    selected: int
    above: int
    across: int
    chosen: Identity | None = None


def target(place: Place, listed: list[Finding]) -> int:
    """The row of `listed` to select again: the finding the reader chose, else the one selected before, else the
    first one after it in the old order that is still listed (the reader goes on down), else the nearest one before
    it; -1 for none."""
    if place.selected < 0 or not listed:
        return -1
    rows = {identity(f): n for n, f in enumerate(listed)}
    if place.chosen in rows:
        return rows[place.chosen]
    after = place.order[place.selected:]
    before = reversed(place.order[:place.selected])
    return next((rows[i] for i in (*after, *before) if i in rows), -1)


def taken(table: QTableView, root: str | None, listed: list[Finding], row: int, chosen: Identity | None) -> Place:
    """The place of a list showing `listed` with `row` selected (-1: none), `chosen` the reader's own choice."""
    top = max(0, table.rowAt(0))
    return Place(root, tuple(identity(f) for f in listed), row, row - top if row >= 0 else top,
                 table.horizontalScrollBar().value(), chosen)


def go_back(table: QTableView, place: Place, listed: list[Finding], select: Callable[[int], None]) -> None:
    """Select (`select`: quietly, the panes stay on their claim) the finding `target` names, then scroll it as many
    rows below the top of the view as it was (out of view when it was), and back sideways; with none selected, the
    same row at the top."""
    model, row = table.model(), target(place, listed)
    if not listed:
        return
    table.doItemsLayout()  # the new rows' geometry (Qt lays them out later), or the scroll below is clamped
    if row >= 0:
        select(row)  # first: Qt scrolls a new current row into view
    top = row - place.above if row >= 0 else place.above
    table.scrollTo(model.index(min(max(0, top), len(listed) - 1), 0), QAbstractItemView.ScrollHint.PositionAtTop)
    table.horizontalScrollBar().setValue(place.across)
