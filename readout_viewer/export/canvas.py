"""The page model of the PDF: pages as lists of drawing steps, the annotations to add, and painting them with Qt.

Layout runs first and records everything; painting comes second, so headers can say "page 3 of 41" and the
contents can name the page each part starts on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPainterPath, QPdfWriter, QPen

# Device units per inch of the PDF writer: fine enough that glyph advances are never rounded.
RESOLUTION = 1200
PT = RESOLUTION / 72  # device units per PDF point
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
# Page margins in points: wide enough for printers' unprintable edges and for binding.
MARGIN_SIDE = 54.0
MARGIN_TOP = 58.0
MARGIN_BOTTOM = 54.0
INK = "#222222"  # body text: near black reads softer than pure black on paper
MUTED = "#666666"  # headers, footers, metadata
RULE = "#BBBBBB"  # table and header rules
LINK = "#0072B2"  # addresses that open in a browser: the blue readers expect of a link (Okabe-Ito blue)

Op = Callable[[QPainter], None]


@dataclass(frozen=True)
class Rect:
    """A rectangle in device units, origin top-left of the page."""

    x: float
    y: float
    w: float
    h: float

    def pdf(self, page_height_pt: float) -> tuple[float, float, float, float]:
        """(x1, y1, x2, y2) in PDF points, origin bottom-left."""
        x1, x2 = self.x / PT, (self.x + self.w) / PT
        return x1, page_height_pt - (self.y + self.h) / PT, x2, page_height_pt - self.y / PT

    def qt(self) -> QRectF:
        return QRectF(self.x, self.y, self.w, self.h)


@dataclass(frozen=True)
class Mark:
    """An annotation to put on a page: highlight, underline, squiggly (over text) or note (a margin icon)."""

    page: int
    rects: tuple[Rect, ...]
    kind: str  # highlight | underline | squiggly
    colour: str
    subject: str
    contents: str
    name: str  # unique in the file (/NM)
    author: str = ""  # who wrote the note, when not readout-viewer (analyst notes)


@dataclass(frozen=True)
class LinkSpot:
    """A clickable area that jumps to an anchor, or opens an address (`uri`) in the reader's browser."""

    page: int
    rect: Rect
    target: str
    uri: str = ""


@dataclass(frozen=True)
class Anchor:
    """A place that links jump to: a page and the top of a line on it."""

    page: int
    y: float


@dataclass
class Page:
    """One page being built: its orientation, running header and drawing steps."""

    landscape: bool
    header: str
    ops: list[Op] = field(default_factory=list)


def new_writer(device, paper: str, title: str) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setTitle(title)
    writer.setCreator("readout-viewer")
    return writer


def page_size_pt(paper: str, landscape: bool) -> tuple[float, float]:
    size = QPageSize(PAPERS[paper]).size(QPageSize.Unit.Point)
    w, h = size.width(), size.height()
    return (h, w) if landscape else (w, h)


def pen(colour: str, width_pt: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    p = QPen(QColor(colour))
    p.setWidthF(width_pt * PT)
    p.setStyle(style)
    return p


def fill_op(rect: Rect, colour: str, alpha: float = 1.0) -> Op:
    def draw(p: QPainter) -> None:
        c = QColor(colour)
        c.setAlphaF(alpha)
        p.fillRect(rect.qt(), c)
    return draw


def line_op(x1: float, y1: float, x2: float, y2: float, colour: str, width_pt: float = 0.5,
            style: str = "single") -> Op:
    """A straight line; `style` single | dash | dot, or wave for a wavy underline."""
    def draw(p: QPainter) -> None:
        if style == "wave":
            p.setPen(pen(colour, width_pt))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(_wave(x1, x2, y1))
            return
        qt_style = {"dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}.get(style, Qt.PenStyle.SolidLine)
        p.setPen(pen(colour, width_pt, qt_style))
        p.drawLine(QPointF(x1, y1), QPointF(x2, y2))
    return draw


# Wave of a "diverge" underline: a period and an amplitude visible on paper without touching the next line.
WAVE_PERIOD = 3.0 * PT
WAVE_AMPLITUDE = 0.8 * PT


def _wave(x1: float, x2: float, y: float) -> QPainterPath:
    path = QPainterPath(QPointF(x1, y))
    x, up = x1, True
    while x < x2:
        nx = min(x + WAVE_PERIOD / 2, x2)
        path.quadTo(QPointF((x + nx) / 2, y - WAVE_AMPLITUDE if up else y + WAVE_AMPLITUDE), QPointF(nx, y))
        x, up = nx, not up
    return path


def paint(writer: QPdfWriter, pages: list[Page], chrome: Callable[[QPainter, int, Page], None],
          progress: Callable[[float], None]) -> None:
    """Draw every page on the writer; `chrome` draws the header and footer of page i."""
    if not pages:
        return
    writer.setPageOrientation(_orientation(pages[0]))
    painter = QPainter(writer)
    try:
        for i, page in enumerate(pages):
            if i:
                writer.setPageOrientation(_orientation(page))
                writer.newPage()
            for op in page.ops:
                op(painter)
            chrome(painter, i, page)
            progress((i + 1) / len(pages))
    finally:
        painter.end()


def _orientation(page: Page) -> QPageLayout.Orientation:
    return QPageLayout.Orientation.Landscape if page.landscape else QPageLayout.Orientation.Portrait
