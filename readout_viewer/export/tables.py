"""Tables for the PDF: wrapped or one-line cells, tinted status cells, a repeated header, links from cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from readout_viewer.export.canvas import INK, PT, RULE, Rect, fill_op, line_op
from readout_viewer.export.textflow import Composer, text_op

# Inner padding of a cell in points: text never touches the rules.
PAD = 2.5
# Zebra tint of every other row: lets the eye follow a long row across many columns.
ZEBRA = "#F3F3F3"
# Opacity of a status colour behind a cell's mark: the colour reads, the black mark stays legible.
CELL_TINT = 0.35
# A vertical header label is cut at this length (points) so that the header stays a header.
VERTICAL_HEADER_MAX = 120.0


@dataclass(frozen=True)
class Cell:
    """One table cell: its text, a status tint, a link target and how to set it."""

    text: str
    tint: str | None = None
    link: str | None = None
    bold: bool = False
    center: bool = False
    colour: str = INK


@dataclass(frozen=True)
class Column:
    """A column: its title, its share of the table width, and whether its text is cut to one line."""

    title: str
    share: float
    elide: bool = False


def _cell_width(columns: Sequence[Column], width: float) -> list[float]:
    total = sum(c.share for c in columns)
    return [width * c.share / total for c in columns]


def _rotated_op(text: str, font: QFont, x: float, y: float):
    """Text running bottom to top with its baseline at x, starting at y (the bottom)."""
    def draw(p: QPainter) -> None:
        p.save()
        p.setFont(font)
        p.setPen(QColor(INK))
        p.translate(x, y)
        p.rotate(-90)
        p.drawText(QPointF(0, 0), text)
        p.restore()
    return draw


def _header(cx: Composer, columns: Sequence[Column], widths: list[float], font: QFont, vertical_from: int) -> None:
    metrics = QFontMetricsF(font, cx.writer)
    limit = VERTICAL_HEADER_MAX * PT
    labels = [metrics.elidedText(c.title, Qt.TextElideMode.ElideRight, limit) for c in columns]
    tall = max((metrics.horizontalAdvance(t) for t in labels[vertical_from:]), default=0.0)
    lays = [cx.layout(c.title, font, w - 2 * PAD * PT) for c, w in zip(columns[:vertical_from], widths)]
    height = max([tall] + [cx.height_of(lay) for lay in lays]) + 2 * PAD * PT
    cx.need(height + 3 * metrics.height())
    x = cx.left
    for i, w in enumerate(widths):
        if i < vertical_from:
            origin = QPointF(x + PAD * PT, cx.y + height - PAD * PT - cx.height_of(lays[i]))
            cx.page.ops.append(text_op(lays[i], origin, INK))
        else:
            base = x + w / 2 + metrics.ascent() / 2 - metrics.descent() / 2
            cx.page.ops.append(_rotated_op(labels[i], font, base, cx.y + height - PAD * PT))
        x += w
    cx.y += height
    cx.page.ops.append(line_op(cx.left, cx.y, cx.left + sum(widths), cx.y, INK, 0.8))


def table(cx: Composer, columns: Sequence[Column], rows: Sequence[Sequence[Cell]], font: QFont,
          header_font: QFont, vertical_from: int | None = None) -> None:
    """Lay out a table at the cursor, breaking pages between rows and repeating the header on each page."""
    widths = _cell_width(columns, cx.width)
    vertical_from = len(columns) if vertical_from is None else vertical_from
    _header(cx, columns, widths, header_font, vertical_from)
    metrics = QFontMetricsF(font, cx.writer)
    for n, row in enumerate(rows):
        lays = []
        for cell, col, w in zip(row, columns, widths):
            inner = w - 2 * PAD * PT
            text = metrics.elidedText(cell.text, Qt.TextElideMode.ElideRight, inner) if col.elide else cell.text
            lays.append(cx.layout(text, _weight(font, cell.bold), inner))
        height = max(cx.height_of(lay) for lay in lays) + 2 * PAD * PT
        if cx.y + height > cx.bottom:
            cx.new_page()
            _header(cx, columns, widths, header_font, vertical_from)
        _row(cx, row, lays, widths, height, n)


def _weight(font: QFont, bold: bool) -> QFont:
    if not bold:
        return font
    f = QFont(font)
    f.setBold(True)
    return f


def _row(cx: Composer, row: Sequence[Cell], lays: list, widths: list[float], height: float, n: int) -> None:
    if n % 2:
        cx.page.ops.append(fill_op(Rect(cx.left, cx.y, sum(widths), height), ZEBRA))
    x = cx.left
    for cell, lay, w in zip(row, lays, widths):
        box = Rect(x, cx.y, w, height)
        if cell.tint:
            cx.page.ops.append(fill_op(Rect(x + 0.5 * PT, cx.y + 0.5 * PT, w - PT, height - PT), cell.tint, CELL_TINT))
        dx = (w - lay.lineAt(0).naturalTextWidth()) / 2 if cell.center and lay.lineCount() else PAD * PT
        cx.page.ops.append(text_op(lay, QPointF(x + dx, cx.y + PAD * PT), cell.colour))
        if cell.link:
            cx.link(cx.page_index, box, cell.link)
        x += w
    cx.y += height
    cx.page.ops.append(line_op(cx.left, cx.y, cx.left + sum(widths), cx.y, RULE, 0.4))
