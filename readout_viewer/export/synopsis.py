"""Part 3 of the PDF: per event, the two sides' readouts and chosen outlets in columns, linked claims in rows."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter

from readout_viewer import palette
from readout_viewer.core.model import Analysis, Document
from readout_viewer.export.canvas import INK, MUTED, PT, RULE, Rect, fill_op, line_op
from readout_viewer.export.documents import claim_anchor
from readout_viewer.export.flow import Composer
from readout_viewer.export.notes import MARK, UNLINKED, clip
from readout_viewer.export.select import Selection
from readout_viewer.export.synrows import Row, relation_in_row, synopsis_rows

GUTTER = 10.0  # points between columns: enough white to separate them without rules
CLAIM_GAP = 3.0  # points between two claims stacked in one cell
CELL_PAD = 2.5  # points of tint around a claim's text
BAR = 2.0  # width (points) of the coloured bar left of a claim: the colour shows even under a faint tint
# Tint behind a claim: the colour reads at a glance, the text stays as legible as on white paper.
TINT = 0.16
# A claim in the synopsis is cut here; its full text is in part 4, one click away.
SYNOPSIS_CHARS = 600
# At most this many claims of one document in one cell, so that no row outgrows a page; the rest are counted.
MAX_STACK = 5
INTRO = ("Each row holds claims that report the same thing; ✓ agree, ≠ diverge, ○ an official claim the other "
         "columns leave out, grey: not linked on this row. Click a claim to read it in its document.")


def _text_op(lay, origin: QPointF, colour: str):
    def draw(p: QPainter) -> None:
        p.setPen(QColor(colour))
        lay.draw(p, origin)
    return draw


def _column_header(cx: Composer, docs: Sequence[Document], width: float) -> None:
    lays = [cx.layout(d.title, cx.fonts.small_bold, width) for d in docs]
    metas = [cx.layout(" · ".join(x for x in (d.source, d.side, d.date) if x), cx.fonts.tiny, width) for d in docs]
    height = max(cx.height_of(a) + cx.height_of(b) for a, b in zip(lays, metas)) + 4 * PT
    for i, (a, b) in enumerate(zip(lays, metas)):
        x = cx.left + i * (width + GUTTER * PT)
        cx.page.ops.append(_text_op(a, QPointF(x, cx.y), INK))
        cx.page.ops.append(_text_op(b, QPointF(x, cx.y + cx.height_of(a)), MUTED))
    cx.y += height
    cx.page.ops.append(line_op(cx.left, cx.y, cx.left + cx.width, cx.y, INK, 0.8))
    cx.space(4)


def _cell(cx: Composer, analysis: Analysis, row: Row, cell: Sequence[str], width: float) -> list[tuple]:
    """The laid-out claims of one cell: (claim id, relation, layout)."""
    out = []
    for cid in cell[:MAX_STACK]:
        rel = relation_in_row(analysis, cid, row)
        number = cid.rsplit("#", 1)[-1]
        text = f"{MARK[rel]} {number}. {clip(analysis.claim[cid].text, SYNOPSIS_CHARS)}"
        out.append((cid, rel, cx.layout(text, cx.fonts.small, width - (2 * CELL_PAD + BAR) * PT)))
    if len(cell) > MAX_STACK:
        more = f"+ {len(cell) - MAX_STACK} more linked claims of this document (see its highlights in part 4)"
        out.append((cell[MAX_STACK], UNLINKED, cx.layout(more, cx.fonts.small_italic, width)))
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
        cx.page.ops.append(_text_op(lay, QPointF(x + (BAR + CELL_PAD) * PT, y + CELL_PAD * PT), colour))
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
        cells = [_cell(cx, analysis, row, cell, width) for cell in row]
        height = max(_cell_height(cx, items) for items in cells)
        if cx.y + height > cx.bottom:
            cx.new_page()
            _column_header(cx, docs, width)
        for i, items in enumerate(cells):
            _draw_cell(cx, items, cx.left + i * (width + GUTTER * PT), width)
        cx.y += height + 3 * PT
        cx.page.ops.append(line_op(cx.left, cx.y, cx.left + cx.width, cx.y, RULE, 0.3))
        cx.space(3)


def render_synopsis(cx: Composer, analysis: Analysis, sel: Selection) -> None:
    for i, ev in enumerate(sel.events):
        render_event(cx, analysis, ev, sel.columns.get(ev, ()))
        if i == 0:
            cx.anchors.setdefault("part:synopsis", cx.anchors[f"synopsis:{ev}"])
