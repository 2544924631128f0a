"""Tables for the PDF: wrapped or one-line cells, tinted status cells, a repeated header, links from cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextCharFormat, QTextLayout

from readout_viewer import palette
from readout_viewer.export.annotate import MARKUP_LINE, SQUIGGLE_BOTTOM, SQUIGGLE_TOP, UNDERLINE_BELOW
from readout_viewer.export.canvas import INK, LINK, PT, RULE, Rect, fill_op, line_op
from readout_viewer.export.standins import Readable, readable
from readout_viewer.export.textflow import (
    UNDERLINE_DROP,
    UNDERLINE_WIDTH,
    Composer,
    qt_positions,
    span_rect,
    text_op,
)

# Inner padding of a cell in points: text never touches the rules.
PAD = 2.5
# Points at the right of a row's cell its text's lines never reach (a header's titles, read as one line, take the
# whole cell): with the paddings alone, 5 pt between a full line and the next column's text, poppler (pdftotext,
# Evince's and Okular's copy) read a row's cells as one line, "… detailed data The White House — Readout of
# President Joe" (helper qa17: 15 to 54 such lines in each of five exports, none at 4 pt; a page more in two).
GUTTER = 4.0
# Zebra tint of every other row: lets the eye follow a long row across many columns.
ZEBRA = "#F3F3F3"
# Which statuses the legend draws as claims (tint and line), quotations (a line) and attributions (a squiggle).
CLAIM_SAMPLES = ("agree", "diverge", "omitted")
QUOTE_SAMPLES = ("exact", "altered", "not_found")
ATTRIBUTION_SAMPLES = ("misattributed", "unsupported")
SQUIGGLE_MIDDLE = (SQUIGGLE_TOP + SQUIGGLE_BOTTOM) / 2
# A line of a vertical header label is cut at this length (points) so that the header stays a header.
VERTICAL_HEADER_MAX = 150.0
# A hairline (points) at the left of each vertical header label: a label's two lines (source, title) stood as far
# apart as the next column's, and the Biden–Xi matrix read "Remarks by President Biden and…" over Xinhua's column
# (helper qa17).
LABEL_RULE = 0.3


@dataclass(frozen=True)
class Cell:
    """One table cell: its text, a status tint, a link target and how to set it."""

    text: str
    tint: str | None = None
    link: str | None = None  # an anchor of the file to jump to
    bold: bool = False
    center: bool = False
    colour: str = INK
    uri: str = ""  # an address at the end of the text, set in link blue, that opens in the reader's browser
    sample: str = ""  # a status whose look in the documents the cell shows (palette colour and line style)
    tint_alpha: float = 0.35  # how strong the tint: the default makes a mark's colour read; long text wants less


@dataclass(frozen=True)
class Group:
    """A row across the whole table that names the rows below it (a document, in the coverage matrix)."""

    text: str
    link: str | None = None


@dataclass(frozen=True)
class Column:
    """A column: its title, its share of the table width, and whether its text is cut to one line."""

    title: str
    share: float
    elide: bool = False


def _inner(width: float) -> float:
    """The width a cell's lines may take in a column `width` wide."""
    return width - (2 * PAD + GUTTER) * PT


def _cell_width(columns: Sequence[Column], width: float) -> list[float]:
    total = sum(c.share for c in columns)
    return [width * c.share / total for c in columns]


def _rotated_op(lines: Sequence[str], font: QFont, x: float, y: float, step: float):
    """Lines running bottom to top, the first one's baseline at x, the next ones `step` to the right, from y up."""
    def draw(p: QPainter) -> None:
        p.save()
        p.setFont(font)
        p.setPen(QColor(INK))
        p.translate(x, y)
        p.rotate(-90)
        for k, line in enumerate(lines):
            p.drawText(QPointF(0, k * step), line)
        p.restore()
    return draw


def _header_parts(cx: Composer, columns: Sequence[Column], widths: list[float], font: QFont, vertical_from: int
                  ) -> tuple[list[list[str]], list[QTextLayout], float]:
    """The header's rotated labels, its upright layouts and its height."""
    metrics = QFontMetricsF(font, cx.writer)
    limit = VERTICAL_HEADER_MAX * PT
    # Rotated labels are drawn whole: their stand-ins are put in here, before they are measured and elided.
    labels = [[metrics.elidedText(readable(t, font), Qt.TextElideMode.ElideRight, limit) for t in c.title.split("\n")]
              for c in columns]
    tall = max((metrics.horizontalAdvance(t) for lines in labels[vertical_from:] for t in lines), default=0.0)
    lays = [cx.layout(c.title, font, w - 2 * PAD * PT) for c, w in zip(columns[:vertical_from], widths)]
    return labels, lays, max([tall] + [cx.height_of(lay) for lay in lays]) + 2 * PAD * PT


def _header(cx: Composer, columns: Sequence[Column], widths: list[float], font: QFont, vertical_from: int,
            first_row: float = 0.0) -> None:
    """Draw the header, on a new page unless it and the first row (`first_row` high) fit on this one."""
    metrics = QFontMetricsF(font, cx.writer)
    labels, lays, height = _header_parts(cx, columns, widths, font, vertical_from)
    cx.need(height + max(first_row, 3 * metrics.height()))
    x = cx.left
    for i, w in enumerate(widths):
        if i < vertical_from:
            origin = QPointF(x + PAD * PT, cx.y + height - PAD * PT - cx.height_of(lays[i]))
            cx.page.ops.append(text_op(lays[i], origin, INK))
        else:
            lines = labels[i]
            step = metrics.lineSpacing()
            base = x + w / 2 - (len(lines) - 1) * step / 2 + metrics.ascent() / 2 - metrics.descent() / 2
            cx.page.ops.append(_rotated_op(lines, font, base, cx.y + height - PAD * PT, step))
            cx.page.ops.append(line_op(x, cx.y, x, cx.y + height, RULE, LABEL_RULE))
        x += w
    cx.y += height
    cx.page.ops.append(line_op(cx.left, cx.y, cx.left + sum(widths), cx.y, INK, 0.8))


def table(cx: Composer, columns: Sequence[Column], rows: Sequence[Sequence[Cell] | Group], font: QFont,
          header_font: QFont, vertical_from: int | None = None) -> None:
    """Lay out a table at the cursor, breaking pages between rows and repeating the header on each page."""
    widths = _cell_width(columns, cx.width)
    vertical_from = len(columns) if vertical_from is None else vertical_from
    _header(cx, columns, widths, header_font, vertical_from, _first_row_height(cx, columns, widths, rows, font))
    metrics = QFontMetricsF(font, cx.writer)
    for n, row in enumerate(rows):
        if isinstance(row, Group):
            lay = cx.layout(row.text, _weight(font, True), sum(widths) - 2 * PAD * PT)
            height = cx.height_of(lay) + 2 * PAD * PT
            if cx.y + height + 2 * metrics.height() > cx.bottom:  # a group name never ends a page
                cx.new_page()
                _header(cx, columns, widths, header_font, vertical_from)
            cx.page.ops.append(text_op(lay, QPointF(cx.left + PAD * PT, cx.y + PAD * PT), INK))
            if row.link:
                cx.link(cx.page_index, Rect(cx.left, cx.y, sum(widths), height), row.link)
            cx.y += height
            cx.page.ops.append(line_op(cx.left, cx.y, cx.left + sum(widths), cx.y, INK, 0.5))
            continue
        lays = _cell_layouts(cx, columns, widths, row, font)
        height = max(cx.height_of(lay) for lay in lays) + 2 * PAD * PT
        if cx.y + height > cx.bottom:
            cx.new_page()
            _header(cx, columns, widths, header_font, vertical_from)
        _row(cx, row, lays, widths, height, n)


# Points a table's heading, a line of explanation under it and the space around them take above the table.
HEADING_ROOM = 60


def _cell_layouts(cx: Composer, columns: Sequence[Column], widths: list[float], row: Sequence[Cell], font: QFont
                  ) -> list[QTextLayout]:
    """Each cell of a row laid out in its column (elided to one line where the column says so)."""
    metrics = QFontMetricsF(font, cx.writer)
    lays = []
    for cell, col, w in zip(row, columns, widths):
        inner = _inner(w)
        bold = _weight(font, cell.bold)
        # Elided as printed: a stand-in ("[telephone receiver]") is wider than the box Qt would measure.
        text = metrics.elidedText(Readable(cell.text, bold).text, Qt.TextElideMode.ElideRight, inner) \
            if col.elide else cell.text
        lays.append(cx.layout(text, bold, inner, _uri_format(cell)))
    return lays


def _first_row_height(cx: Composer, columns: Sequence[Column], widths: list[float],
                      rows: Sequence[Sequence[Cell] | Group], font: QFont) -> float:
    """The height of a table's first row (0 for none or a group name): the header is never left without it."""
    if not rows or isinstance(rows[0], Group):
        return 0.0
    return max(cx.height_of(lay) for lay in _cell_layouts(cx, columns, widths, rows[0], font)) + 2 * PAD * PT


def keep_with_heading(cx: Composer, columns: Sequence[Column], rows: Sequence[Sequence[Cell] | Group], font: QFont,
                      header_font: QFont, room: float = HEADING_ROOM) -> None:
    """Start a new page unless a heading, a line below it and the table's header and first row fit on this one
    (called before the heading: a heading never ends a page without its table); `room`: the points the heading
    takes, less for one line of bold text than for a part's heading and its explanation."""
    if not rows:
        return
    widths = _cell_width(columns, cx.width)
    cx.need(room * PT + _header_parts(cx, columns, widths, header_font, len(columns))[2]
            + _first_row_height(cx, columns, widths, rows, font))


def _uri_format(cell: Cell) -> list[QTextLayout.FormatRange]:
    if not cell.uri or not cell.text.endswith(cell.uri):
        return []
    fr = QTextLayout.FormatRange()
    fr.start, fr.length = len(cell.text) - len(cell.uri), len(cell.uri)
    fr.format = QTextCharFormat()
    fr.format.setForeground(QColor(LINK))
    return [fr]


def _links(cx: Composer, cell: Cell, lay: QTextLayout, origin: QPointF, box: Rect) -> None:
    """The cell's jump (its whole box, or the lines above its address) and its address's own link, line by line."""
    if not (cell.uri and cell.text.endswith(cell.uri)):
        if cell.link:
            cx.link(cx.page_index, box, cell.link)
        return
    to_qt = qt_positions(cell.text, lay.font())  # the address after a stand-in sits further on in Qt's text
    at, end = to_qt(len(cell.text) - len(cell.uri)), to_qt(len(cell.text))
    for i in range(lay.lineCount()):
        line = lay.lineAt(i)
        before = span_rect(line, origin, 0, at) if cell.link else None
        if before is not None:
            cx.link(cx.page_index, before, cell.link or "")
        address = span_rect(line, origin, at, end)
        if address is not None:
            cx.link_uri(cx.page_index, address, cell.uri)


def _sample(cx: Composer, lay: QTextLayout, origin: QPointF, key: str) -> None:
    """The look of a status in the documents drawn under the cell's words: a tint and a line for claims, a line
    in the gap below the text for quotations, a squiggle for attributions."""
    if not lay.lineCount():
        return
    line = lay.lineAt(0)
    rect = span_rect(line, origin, 0, line.textLength())
    if rect is None:
        return
    colour, style = palette.COLOR[key], palette.STYLE[key]
    if key in CLAIM_SAMPLES:
        cx.page.ops.append(fill_op(rect, colour, palette.HIGHLIGHT_ALPHA))
        y = origin.y() + line.ascent() + UNDERLINE_DROP * PT
        cx.page.ops.append(line_op(rect.x, y, rect.x + rect.w, y, colour, UNDERLINE_WIDTH, style))
    elif key in QUOTE_SAMPLES or key in ATTRIBUTION_SAMPLES:
        y = rect.y + rect.h + (UNDERLINE_BELOW if key in QUOTE_SAMPLES else SQUIGGLE_MIDDLE) * PT
        cx.page.ops.append(line_op(rect.x, y, rect.x + rect.w, y, colour, MARKUP_LINE,
                                   "single" if key in QUOTE_SAMPLES else "wave"))


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
            cx.page.ops.append(fill_op(Rect(x + 0.5 * PT, cx.y + 0.5 * PT, w - PT, height - PT), cell.tint,
                                       cell.tint_alpha))
        dx = (w - lay.lineAt(0).naturalTextWidth()) / 2 if cell.center and lay.lineCount() else PAD * PT
        origin = QPointF(x + dx, cx.y + PAD * PT)
        if cell.sample:
            _sample(cx, lay, origin, cell.sample)
        cx.page.ops.append(text_op(lay, origin, cell.colour))
        _links(cx, cell, lay, origin, box)
        x += w
    cx.y += height
    cx.page.ops.append(line_op(cx.left, cx.y, cx.left + sum(widths), cx.y, RULE, 0.4))
