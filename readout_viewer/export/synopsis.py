"""Part 3 of the PDF: per event, the two sides' readouts and chosen outlets in columns, linked claims in rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF

from readout_viewer import palette
from readout_viewer.core.model import Analysis, Document
from readout_viewer.export.canvas import INK, MUTED, PT, RULE, Rect, fill_op, line_op
from readout_viewer.export.documents import claim_anchor
from readout_viewer.export.notes import MARK, UNLINKED, clip
from readout_viewer.export.select import Selection
from readout_viewer.export.synrows import Row, relation_in_row, synopsis_rows
from readout_viewer.export.textflow import Composer, text_op

GUTTER = 10.0  # points between columns: enough white to separate them without rules
CLAIM_GAP = 3.0  # points between two claims stacked in one cell
CELL_PAD = 2.5  # points of tint around a claim's text
BAR = 2.0  # width (points) of the coloured bar left of a claim: the colour shows even under a faint tint
# Tint behind a claim: the colour reads at a glance, the text stays as legible as on white paper.
TINT = 0.16
# A claim in the synopsis is cut here; its full text is in part 4, one click away.
SYNOPSIS_CHARS = 600
# A row up to this share of a page moves whole to the next page rather than split; taller ones (long runs of
# unlinked claims) are split between claims, so that pages are not left half empty.
KEEP_WHOLE = 0.3
INTRO = ("Each row holds claims that report the same thing, every column in its document's own order. ✓ agree, "
         "≠ diverge (when the texts tell things in another order, a claim keeps its mark on a row of its own), "
         "○ an official claim the others leave out, grey: not linked. Click a claim to read it in its document.")


def _column_header(cx: Composer, docs: Sequence[Document], width: float) -> None:
    lays = [cx.layout(d.title, cx.fonts.small_bold, width) for d in docs]
    metas = [cx.layout(" · ".join(x for x in (d.source, d.side, d.date) if x), cx.fonts.tiny, width) for d in docs]
    height = max(cx.height_of(a) + cx.height_of(b) for a, b in zip(lays, metas)) + 4 * PT
    for i, (a, b) in enumerate(zip(lays, metas)):
        x = cx.left + i * (width + GUTTER * PT)
        cx.page.ops.append(text_op(a, QPointF(x, cx.y), INK))
        cx.page.ops.append(text_op(b, QPointF(x, cx.y + cx.height_of(a)), MUTED))
    cx.y += height
    cx.page.ops.append(line_op(cx.left, cx.y, cx.left + cx.width, cx.y, INK, 0.8))
    cx.space(4)


def _cell(cx: Composer, analysis: Analysis, row: Row, cell: Sequence[str], width: float,
          columns: Sequence[str]) -> list[tuple]:
    """The laid-out claims of one cell: (claim id, relation, layout)."""
    out = []
    for cid in cell:
        rel = relation_in_row(analysis, cid, row, columns)
        number = cid.rsplit("#", 1)[-1]
        text = f"{MARK[rel]} {number}. {clip(analysis.claim[cid].text, SYNOPSIS_CHARS)}"
        out.append((cid, rel, cx.layout(text, cx.fonts.small, width - (2 * CELL_PAD + BAR) * PT)))
    return out


def _cell_height(cx: Composer, items: list[tuple]) -> float:
    if not items:
        return 0.0
    return sum(cx.height_of(lay) + 2 * CELL_PAD * PT for _, _, lay in items) + CLAIM_GAP * PT * (len(items) - 1)


def _draw_cell(cx: Composer, items: list[tuple], x: float, width: float) -> None:
    y = cx.y
    for cid, rel, lay in items:
        h = cx.height_of(lay) + 2 * CELL_PAD * PT
        box = Rect(x, y, width, h)
        if rel != UNLINKED:
            cx.page.ops.append(fill_op(box, palette.COLOR[rel], TINT))
            cx.page.ops.append(fill_op(Rect(x, y, BAR * PT, h), palette.COLOR[rel]))
        colour = INK if rel != UNLINKED else MUTED
        cx.page.ops.append(text_op(lay, QPointF(x + (BAR + CELL_PAD) * PT, y + CELL_PAD * PT), colour))
        cx.link(cx.page_index, box, claim_anchor(cid))
        y += h + CLAIM_GAP * PT


def render_event(cx: Composer, analysis: Analysis, event: str, columns: Sequence[str]) -> None:
    docs = [analysis.document[c] for c in columns]
    cx.new_page(landscape=True, header=f"Synopsis — {event}")
    cx.heading(f"Synopsis — {event}", cx.fonts.h2, before=0, after=2, anchor=f"synopsis:{event}")
    cx.paragraph(INTRO, cx.fonts.small_italic, colour=MUTED)
    cx.space(6)
    if not docs:
        cx.paragraph("No document to set side by side in this event.", cx.fonts.small)
        return
    width = (cx.width - GUTTER * PT * (len(docs) - 1)) / len(docs)
    _column_header(cx, docs, width)
    for row in synopsis_rows(analysis, columns):
        cells = [_cell(cx, analysis, row, cell, width, columns) for cell in row]
        broke = False
        while any(cells):
            cells, broke = _place_row(cx, docs, cells, width, broke)


def _fitting(cx: Composer, items: list[tuple], room: float) -> int:
    """How many of a cell's claims fit in `room` device units."""
    n = 0
    while n < len(items) and _cell_height(cx, items[: n + 1]) <= room:
        n += 1
    return n


def _place_row(cx: Composer, docs: Sequence[Document], cells: list[list[tuple]], width: float,
               after_break: bool) -> tuple[list[list[tuple]], bool]:
    """Draw as much of a row as fits (whole claims); returns what is left and whether it broke the page instead.

    A short row that does not fit goes whole to a new page; a taller one is split between claims.
    """
    room = cx.bottom - cx.y
    full = max(_cell_height(cx, items) for items in cells)
    counts = [_fitting(cx, items, room) for items in cells]
    if full > room and not after_break and (full <= KEEP_WHOLE * (cx.bottom - cx.top) or not any(counts)):
        cx.new_page()
        _column_header(cx, docs, width)
        return cells, True
    counts = [max(n, 1 if items else 0) for n, items in zip(counts, cells)]  # a claim taller than a page
    height = max(_cell_height(cx, items[:n]) for items, n in zip(cells, counts))
    for i, (items, n) in enumerate(zip(cells, counts)):
        _draw_cell(cx, items[:n], cx.left + i * (width + GUTTER * PT), width)
    cx.y += height + 3 * PT
    cx.page.ops.append(line_op(cx.left, cx.y, cx.left + cx.width, cx.y, RULE, 0.3))
    cx.space(3)
    return [items[n:] for items, n in zip(cells, counts)], False


def render_synopsis(cx: Composer, analysis: Analysis, sel: Selection) -> None:
    for i, ev in enumerate(sel.events):
        render_event(cx, analysis, ev, sel.columns.get(ev, ()))
        if i == 0:
            cx.anchors.setdefault("part:synopsis", cx.anchors[f"synopsis:{ev}"])
