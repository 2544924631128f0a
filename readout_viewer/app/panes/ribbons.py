"""Link gutters: splitter handles between adjacent panes that draw Meld-like ribbons joining linked claims."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSplitter, QSplitterHandle

from readout_viewer import palette
from readout_viewer.app.painting import fill
from readout_viewer.core.confidence import WEAK
from readout_viewer.core.model import DIVERGE, MANUAL, Link

# Width of a gutter: wide enough for ribbons to curve visibly and to be hovered, narrow enough to save text room.
GUTTER_WIDTH = 56
# Ribbon fill opacity: visible on light and dark themes without hiding the handle behind.
RIBBON_ALPHA = 0.38
HOVER_ALPHA = 0.75
# A weak link (score under confidence.WEAK) is drawn fainter, with a dotted edge: it may be wrong.
WEAK_ALPHA = 0.16
# Outline widths (logical pixels): automatic links a hairline, analysts' links and confirmed ones clearly heavier.
# The pens are cosmetic (widths in device pixels) and so are widened by the display's scale (ribbon_pen's `ratio`):
# at 200 % the "bold = confirmed" and "dashed = analyst's link" of the legend stay as heavy as at 100 %.
AUTO_PEN = 0.8
MANUAL_PEN = 1.6
CONFIRMED_PEN = 1.8
# Widest a hairline gets (device pixels): Qt's fast stroker draws cosmetic pens up to one pixel, and a 1.6-pixel
# hairline at 200 % took 2-3 times a gutter's paint on every scroll step; a weak link's dots are stretched instead.
HAIRLINE_MAX = 1.0
DOTS = (1.0, 2.0)  # Qt's DotLine in pen widths (one on, two off), stretched to keep the dots' spacing at 200 %
# Qt darker() factors (percent): outlines and hatching a shade darker than the fill stay visible on it.
OUTLINE_DARKER = 150
HATCH_DARKER = 130
# Outline width of the selected ribbon (logical pixels): clearly heavier than the confirmed-link outline.
SELECTED_PEN = 2.4
# Ribbons shorter than this (pixels) are widened so they can still be seen and hovered.
MIN_RIBBON_HEIGHT = 4.0
# Height of the end of a ribbon whose claim is scrolled out of view (pixels, pinned to the viewport's edge).
OFFSCREEN = 3.0


class Ribbon(NamedTuple):
    """A drawn band: its link and path in handle coordinates."""

    link: Link
    left: str
    right: str
    path: QPainterPath


def ribbon_path(width: float, left: tuple[float, float], right: tuple[float, float]) -> QPainterPath:
    """A band from the left edge span to the right edge span, with bezier sides."""
    (lt, lb), (rt, rb) = left, right
    lb, rb = max(lb, lt + MIN_RIBBON_HEIGHT), max(rb, rt + MIN_RIBBON_HEIGHT)
    mid = width / 2
    path = QPainterPath()  # plain coordinates, no QPointF: built for every ribbon on every scroll step
    path.moveTo(0, lt)
    path.cubicTo(mid, lt, mid, rt, width, rt)
    path.lineTo(width, rb)
    path.cubicTo(mid, rb, mid, lb, 0, lb)
    path.closeSubpath()
    return path


def weak(link: Link) -> bool:
    """A link drawn as uncertain: automatic, unconfirmed, scored under confidence.WEAK."""
    return link.origin != MANUAL and not link.confirmed and link.score < WEAK


def ribbon_pen(link: Link, colour: QColor, ink: QColor | None = None, ratio: float = 1.0) -> QPen:
    """Manual links get a dashed outline (in `ink`, the text colour), confirmed ones a solid one, weak ones a dotted
    one; else a hairline. `ratio`: device pixels per logical pixel where it is drawn (display_scale)."""
    if link.origin == MANUAL:
        pen = QPen(ink or QColor(palette.MANUAL), MANUAL_PEN * ratio, Qt.PenStyle.DashLine)
    elif link.confirmed:
        pen = QPen(colour.darker(OUTLINE_DARKER), CONFIRMED_PEN * ratio, Qt.PenStyle.SolidLine)
    elif weak(link):
        pen = _hairline(colour.darker(OUTLINE_DARKER), ratio, Qt.PenStyle.DotLine)
    else:
        pen = _hairline(colour, ratio)
    pen.setCosmetic(True)
    return pen


def _hairline(colour: QColor, ratio: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """An automatic link's outline: AUTO_PEN wide up to HAIRLINE_MAX device pixels, its dots as far apart as at 100 %
    (Qt counts a hairline's dots in whole device pixels)."""
    pen = QPen(colour, min(AUTO_PEN * ratio, HAIRLINE_MAX), style)
    if style == Qt.PenStyle.DotLine and ratio > 1:
        pen.setDashPattern([length * ratio for length in DOTS])
    return pen


def display_scale(painter: QPainter) -> float:
    """Device pixels per logical pixel of what `painter` draws on: 1.5 on a display scaled to 150 %, 2 at 200 % (also
    when a widget is rendered into a high-resolution image)."""
    return painter.deviceTransform().m11()


class GutterHandle(QSplitterHandle):
    """Paints the ribbons between the pane on its left and the pane on its right; hover lights, click selects."""

    def __init__(self, orientation, parent: PaneSplitter) -> None:
        super().__init__(orientation, parent)
        self.setMouseTracking(True)
        self.setAccessibleName("Links between neighbouring panes")  # Alt+Left / Alt+Right follow them by keys
        self._ribbons: list[Ribbon] = []
        self.hovered: Link | None = None

    def _opaque(self) -> None:
        """paintEvent fills the whole handle: Qt need not repaint the window beneath it on every scroll step.

        Set again after every style polish (on show, on a theme change): polishing a splitter handle clears it,
        and the main window, the central widget and the splitter were then repainted on each scroll step.
        """
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def showEvent(self, event) -> None:
        self._opaque()
        super().showEvent(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            self._opaque()

    def _panes(self):
        splitter = self.splitter()
        for i in range(1, splitter.count()):
            if splitter.handle(i) is self:
                return splitter.widget(i - 1), splitter.widget(i)
        return None, None

    def _frame(self, pane) -> tuple[float, float, float]:
        """Scroll position, top and bottom of a pane's viewport, in this handle's coordinates."""
        viewport = pane.text.viewport()
        shift = viewport.mapTo(self.window(), QPoint(0, 0)).y() - self.mapTo(self.window(), QPoint(0, 0)).y()
        return pane.text.verticalScrollBar().value(), shift, shift + viewport.height()

    @staticmethod
    def _span(pane, claim_id: str, frame: tuple[float, float, float]) -> tuple[float, float, bool] | None:
        """A claim's span in handle coordinates, clamped to the pane's viewport; and whether it is on screen."""
        span = pane.text.claim_span(claim_id)
        if span is None:
            return None
        scroll, shift, end = frame
        top, bottom = span[0] - scroll + shift, span[1] - scroll + shift
        if bottom <= shift:  # above the viewport: a sliver at its top edge
            return shift - OFFSCREEN, shift, False
        if top >= end:
            return end, end + OFFSCREEN, False
        return max(top, shift), min(bottom, end), True

    def compute(self) -> list[Ribbon]:
        splitter: PaneSplitter = self.splitter()
        left, right = self._panes()
        if left is None or splitter.links_for is None or left.doc_id is None or right.doc_id is None:
            return []
        out, lf, rf = [], self._frame(left), self._frame(right)
        for a, b, link in splitter.links_for(left.doc_id, right.doc_id):
            ls, rs = self._span(left, a, lf), self._span(right, b, rf)
            if ls is not None and rs is not None and (ls[2] or rs[2]):
                out.append(Ribbon(link, a, b, ribbon_path(self.width(), ls[:2], rs[:2])))
        return out

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        fill(painter, self.rect(), self.palette().window())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._ribbons = self.compute()
        ink, ratio = self.palette().text().color(), display_scale(painter)
        groups: dict[tuple, QPainterPath] = {}  # one path per look: a few draw calls however many ribbons
        for ribbon in self._ribbons:
            key = (ribbon.link.relation, ribbon.link.origin, ribbon.link.confirmed, weak(ribbon.link))
            path = groups.setdefault(key, QPainterPath())
            path.addPath(ribbon.path)
        for (relation, origin, confirmed, faint), path in groups.items():
            path.setFillRule(Qt.FillRule.WindingFill)
            look = Link("", "", relation, 0.0 if faint else 1.0, origin=origin, confirmed=confirmed)
            _draw(painter, path, relation, ribbon_pen(look, QColor(palette.COLOR[relation]), ink, ratio),
                  WEAK_ALPHA if faint else RIBBON_ALPHA)
        for ribbon in self._ribbons:
            if ribbon.link == self.splitter().selected:  # the selected pair: strong fill, a frame in the text colour
                pen = QPen(self.palette().text().color(), SELECTED_PEN * ratio)
                pen.setCosmetic(True)
                _draw(painter, ribbon.path, ribbon.link.relation, pen, HOVER_ALPHA)
            elif ribbon.link == self.hovered or ribbon.link in self.splitter().hovered_links:
                colour = QColor(palette.COLOR[ribbon.link.relation])
                _draw(painter, ribbon.path, ribbon.link.relation, ribbon_pen(ribbon.link, colour, ink, ratio),
                      HOVER_ALPHA)
        painter.end()

    def ribbon_at(self, pos: QPointF) -> Ribbon | None:
        for ribbon in reversed(self._ribbons):
            if ribbon.path.contains(pos):
                return ribbon
        return None

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() != Qt.MouseButton.NoButton:
            super().mouseMoveEvent(event)
            return
        ribbon = self.ribbon_at(event.position())
        link = ribbon.link if ribbon else None
        self.setCursor(Qt.CursorShape.PointingHandCursor if ribbon else Qt.CursorShape.SplitHCursor)
        if link != self.hovered:
            self.hovered = link
            self.setToolTip(_tip(link))
            self.splitter().link_hovered.emit(link)
            self.update()

    def leaveEvent(self, event) -> None:
        if self.hovered is not None:
            self.hovered = None
            self.splitter().link_hovered.emit(None)
            self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event) -> None:
        ribbon = self.ribbon_at(event.position())
        if ribbon is not None and event.button() == Qt.MouseButton.LeftButton:
            self.splitter().link_clicked.emit(ribbon.link)
            return
        super().mousePressEvent(event)


    def wheelEvent(self, event) -> None:
        """The wheel over a gutter scrolls the longer of its two panes (the others follow when locked).

        The longer one: a short text reaches its end in a few steps, and locked panes would race to theirs.
        """
        panes = [p for p in self._panes() if p is not None]
        if not panes:
            super().wheelEvent(event)
            return
        longer = max(panes, key=lambda p: p.text.verticalScrollBar().maximum())
        QCoreApplication.sendEvent(longer.text.verticalScrollBar(), event)


def _draw(painter: QPainter, path: QPainterPath, relation: str, pen: QPen, alpha: float) -> None:
    """Fill a ribbon path in its relation's colour, outline it, and hatch it when it diverges."""
    colour = QColor(palette.COLOR[relation])
    fill = QColor(colour)
    fill.setAlphaF(alpha)
    # Fills are drawn aliased and the outline antialiased over their edge: it looks the same and saves a third of
    # a gutter's paint time on every scroll step (benchmarks/gui.py).
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawPath(path)
    if relation == DIVERGE:  # hatching: a divergence is visible without colour
        # in logical pixels: Qt lays a pattern on device pixels, twice as dense and thin at 200 % as at 100 %
        painter.setRenderHint(QPainter.RenderHint.NonCosmeticBrushPatterns)
        painter.setBrush(QBrush(colour.darker(HATCH_DARKER), Qt.BrushStyle.BDiagPattern))
        painter.drawPath(path)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def _tip(link: Link | None) -> str:
    if link is None:
        return ""
    words = palette.LABEL[link.relation] + (f" ({link.reason})" if link.reason else "")
    origin = "linked by an analyst" if link.origin == MANUAL else ("confirmed" if link.confirmed else "automatic")
    sure = " (weak: it may be wrong)" if weak(link) else ""
    return f"{words}, score {link.score:.2f}{sure}, {origin}" + (f"\n{link.detail}" if link.detail else "")


class PaneSplitter(QSplitter):
    """A horizontal splitter whose handles are link gutters; `links_for(left, right)` lists what to draw."""

    link_hovered = Signal(object)  # Link | None
    link_clicked = Signal(object)  # Link

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setHandleWidth(GUTTER_WIDTH)
        self.setChildrenCollapsible(False)
        self.links_for: Callable[[str, str], list] | None = None
        self.selected: Link | None = None  # drawn emphasised
        self.hovered_links: set[Link] = set()  # the links of the claim under the mouse, lit

    def createHandle(self) -> QSplitterHandle:
        return GutterHandle(self.orientation(), self)

    def repaint_gutters(self) -> None:
        for i in range(1, self.count()):
            self.handle(i).update()

    def repaint_gutters_beside(self, index: int) -> None:
        """Repaint the gutters on either side of widget `index` (it scrolled: the others' ribbons did not move)."""
        for i in (index, index + 1):
            if 1 <= i < self.count():
                self.handle(i).update()
