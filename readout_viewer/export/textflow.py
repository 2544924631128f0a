"""Flowing text down the pages: paragraphs broken into lines with Qt, page breaks, and where given spans land."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QPainter, QPdfWriter, QTextLayout, QTextOption

from readout_viewer.core.language.utf16 import Utf16Index
from readout_viewer.export.canvas import (
    INK,
    MARGIN_BOTTOM,
    MARGIN_SIDE,
    MARGIN_TOP,
    PT,
    Anchor,
    LinkSpot,
    Mark,
    Page,
    Rect,
    line_op,
    page_size_pt,
)
from readout_viewer.export.fonts import Fonts
from readout_viewer.export.standins import Readable

# Extra space between lines of body text, as a share of the font's line height: easier to read and to annotate.
LINE_SPACING = 1.18
# Underline marks sit this far below the baseline (points): clear of descenders' bodies, above the next line.
UNDERLINE_DROP = 1.6
UNDERLINE_WIDTH = 0.9
# Hyphens poppler drops at a line's end, taking them for the typesetter's (the ASCII one and U+2010 HYPHEN).
HYPHENS = "-\u2010"
LINE_BREAK = "\u2028"  # Qt's forced line break inside a paragraph (same length as "\n": offsets stay valid)


@dataclass(frozen=True)
class Decor:
    """A stretch [start, end) of a paragraph to underline in a colour and style (single, dash, dot, wave)."""

    start: int
    end: int
    colour: str
    style: str = "single"


@dataclass(frozen=True)
class Placed:
    """Where a stretch of text landed: one rectangle per line, each with its page."""

    boxes: tuple[tuple[int, Rect], ...]

    def pages(self) -> dict[int, tuple[Rect, ...]]:
        out: dict[int, list[Rect]] = {}
        for page, rect in self.boxes:
            out.setdefault(page, []).append(rect)
        return {k: tuple(v) for k, v in out.items()}


class Composer:
    """Lays out the whole PDF: pages, their drawing steps, the annotations and link anchors to add later."""

    def __init__(self, writer: QPdfWriter, fonts: Fonts, paper: str) -> None:
        self.writer = writer
        self.fonts = fonts
        self.paper = paper
        self.pages: list[Page] = []
        self.marks: list[Mark] = []
        self.links: list[LinkSpot] = []
        self.anchors: dict[str, Anchor] = {}
        self.y = 0.0

    # -- pages -----------------------------------------------------------------------------------------------
    def new_page(self, landscape: bool | None = None, header: str | None = None) -> None:
        last = self.pages[-1] if self.pages else None
        landscape = landscape if landscape is not None else (last.landscape if last else False)
        header = header if header is not None else (last.header if last else "")
        self.pages.append(Page(landscape=landscape, header=header))
        self.y = self.top

    @property
    def page(self) -> Page:
        return self.pages[-1]

    @property
    def page_index(self) -> int:
        return len(self.pages) - 1

    def size_pt(self, index: int) -> tuple[float, float]:
        return page_size_pt(self.paper, self.pages[index].landscape)

    @property
    def left(self) -> float:
        return MARGIN_SIDE * PT

    @property
    def top(self) -> float:
        return MARGIN_TOP * PT

    @property
    def width(self) -> float:
        return (self.size_pt(self.page_index)[0] - 2 * MARGIN_SIDE) * PT

    @property
    def bottom(self) -> float:
        return (self.size_pt(self.page_index)[1] - MARGIN_BOTTOM) * PT

    def need(self, height: float) -> None:
        """Start a new page unless `height` device units still fit on this one."""
        if self.y + height > self.bottom and self.y > self.top:
            self.new_page()

    def space(self, points: float) -> None:
        self.y += points * PT

    def anchor(self, key: str) -> None:
        self.anchors.setdefault(key, Anchor(self.page_index, self.y))

    # -- text ------------------------------------------------------------------------------------------------
    def layout(self, text: str, font: QFont, width: float,
               formats: Sequence[QTextLayout.FormatRange] = ()) -> QTextLayout:
        """A paragraph broken into lines of at most `width` device units, lines positioned from y = 0; `formats`
        set stretches of it apart (bold, a background). Characters the font lacks are printed as stand-ins."""
        readable = Readable(text, font)
        lay = QTextLayout(readable.text.replace("\n", LINE_BREAK), font, self.writer)
        if formats:
            lay.setFormats(_in_units(readable, formats))
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        lay.setTextOption(opt)
        lay.beginLayout()
        y = 0.0
        while True:
            line = lay.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            keep = hyphen_kept(lay.text(), line.textStart(), line.textLength())
            if keep:
                line.setNumColumns(keep, width)
            line.setPosition(QPointF(0, y))
            y += line.height() * LINE_SPACING
        lay.endLayout()
        return lay

    def height_of(self, lay: QTextLayout) -> float:
        n = lay.lineCount()
        return 0.0 if n == 0 else lay.lineAt(n - 1).y() + lay.lineAt(n - 1).height()

    def paragraph(self, text: str, font: QFont, *, colour: str = INK, indent: float = 0.0,
                  decor: Sequence[Decor] = (), spans: Sequence[tuple[int, int]] = (),
                  width: float | None = None) -> list[Placed]:
        """Flow a paragraph at the cursor, breaking pages between lines; returns where each span landed."""
        width = (width if width is not None else self.width) - indent
        lay = self.layout(text, font, width)
        at = qt_positions(text, font)  # spans and decor come in Python offsets of the text as given
        spans = [(at(s), at(e)) for s, e in spans]
        decor = [replace(d, start=at(d.start), end=at(d.end)) for d in decor]
        boxes: list[list[tuple[int, Rect]]] = [[] for _ in spans]
        for i in range(lay.lineCount()):
            line = lay.lineAt(i)
            self.need(line.height())
            origin = QPointF(self.left + indent, self.y - line.y())
            self.page.ops.append(_line_draw(lay, i, origin, colour))
            for d in decor:
                self._decorate(line, origin, d)
            for k, (s, e) in enumerate(spans):
                rect = span_rect(line, origin, s, e)
                if rect is not None:
                    boxes[k].append((self.page_index, rect))
            self.y += line.height() * LINE_SPACING
        return [Placed(tuple(b)) for b in boxes]

    def _decorate(self, line, origin: QPointF, d: Decor) -> None:
        rect = span_rect(line, origin, d.start, d.end)
        if rect is None:
            return
        y = origin.y() + line.y() + line.ascent() + UNDERLINE_DROP * PT
        self.page.ops.append(line_op(rect.x, y, rect.x + rect.w, y, d.colour, UNDERLINE_WIDTH, d.style))

    def heading(self, text: str, font: QFont, before: float = 10.0, after: float = 6.0, anchor: str = "") -> None:
        lay = self.layout(text, font, self.width)
        self.space(before) if self.y > self.top else None
        self.need(self.height_of(lay) + 40 * PT)  # keep a heading with the first lines that follow it
        if anchor:
            self.anchor(anchor)
        self.page.ops.append(text_op(lay, QPointF(self.left, self.y), INK))
        self.y += self.height_of(lay)
        self.space(after)

    def mark(self, placed: Placed, kind: str, colour: str, subject: str, contents: str, name: str) -> None:
        """Markup over a placed stretch: one annotation per page it covers, the later ones saying they go on."""
        parts = list(placed.pages().items())
        for i, (page, rects) in enumerate(parts):
            note = contents
            if i:
                note = f"(continued from page {parts[i - 1][0] + 1}) {note}"
            if i + 1 < len(parts):
                note = f"{note}\n(continues on page {parts[i + 1][0] + 1})"
            self.marks.append(Mark(page, rects, kind, colour, subject, note, f"{name}@{page}"))

    def link(self, page: int, rect: Rect, target: str) -> None:
        self.links.append(LinkSpot(page, rect, target))

    def link_uri(self, page: int, rect: Rect, uri: str) -> None:
        """A clickable area that opens an address in the reader's browser (a /URI action)."""
        self.links.append(LinkSpot(page, rect, "", uri))


def hyphen_kept(text: str, start: int, length: int) -> int | None:
    """How many characters a line of `text` from `start` should hold so as not to end on the hyphen inside a word
    ("Romania-" / "Ukraine", ".../what-" / "good-could..."), or None when it does not. Poppler (pdftotext, Evince's
    and Okular's copy and search) takes a line's last hyphen for a word cut by the typesetter and drops it:
    "RomaniaUkraine", and a web address copied from the Documents table led nowhere (helper qa17). The line ends
    at its last space instead; a line without one (an address) breaks before the hyphen, which then opens the next
    line and is kept."""
    end = start + length
    if not (start + 2 <= end < len(text) and text[end - 1] in HYPHENS and text[end - 2].isalnum()
            and text[end].isalnum()):
        return None
    space = text.rfind(" ", start, end - 1)
    if space > start:
        return space + 1 - start
    return end - 1 - start if end - 1 > start else None


def qt_positions(text: str, font: QFont) -> Callable[[int], int]:
    """Python offsets of `text` as given to their positions in Qt's layout of it: past each stand-in (longer than
    the character it prints), then in UTF-16 units (Qt counts a character past the BMP as two)."""
    readable = Readable(text, font)
    units = Utf16Index(readable.text)
    return lambda offset: units.to_qt(readable.to_new(offset))


def _in_units(readable: Readable, formats: Sequence[QTextLayout.FormatRange]) -> list[QTextLayout.FormatRange]:
    """Format ranges given in Python offsets of the original text, moved to Qt's positions in the readable one."""
    units, out = Utf16Index(readable.text), []
    for given in formats:
        moved = QTextLayout.FormatRange()
        moved.start = units.to_qt(readable.to_new(given.start))
        moved.length = units.to_qt(readable.to_new(given.start + given.length)) - moved.start
        moved.format = given.format
        out.append(moved)
    return out


def span_rect(line, origin: QPointF, start: int, end: int) -> Rect | None:
    """The box of characters [start, end) on one laid-out line, or None when the line holds none of them."""
    ls, le = line.textStart(), line.textStart() + line.textLength()
    s, e = max(start, ls), min(end, le)
    if s >= e:
        return None
    x1 = line.cursorToX(s)[0]
    x2 = line.cursorToX(e)[0]
    top = origin.y() + line.y()
    return Rect(origin.x() + min(x1, x2), top, abs(x2 - x1), line.height())


def _line_draw(lay: QTextLayout, index: int, origin: QPointF, colour: str):
    def draw(p: QPainter) -> None:
        p.setPen(QColor(colour))
        lay.lineAt(index).draw(p, origin)
    return draw


def text_op(lay: QTextLayout, origin: QPointF, colour: str):
    """A page drawing step: the whole laid-out text at `origin` in `colour`."""
    def draw(p: QPainter) -> None:
        p.setPen(QColor(colour))
        lay.draw(p, origin)
    return draw
