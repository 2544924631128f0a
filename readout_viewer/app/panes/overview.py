"""The overview strip beside a pane's text: where its divergences, omissions and agreements are in the whole text."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from readout_viewer import palette
from readout_viewer.app.painting import fill
from readout_viewer.core.model import DIVERGE

# Width of the strip (pixels): enough to see and click a mark, little taken from the text.
STRIP_WIDTH = 14
# Shortest mark (pixels): one claim of a long text stays visible.
MIN_MARK = 2.0
# Marks painted last sit on top: divergences over omissions over agreements.
ORDER = ("agree", "omitted", "diverge")
# Qt darker() factor of a misattribution mark's edge: the attribution yellow alone vanishes on a light strip.
FLAG_EDGE_DARKER = 200
# Opacity of the band that shows the visible part of the text.
VIEW_ALPHA = 0.18


class OverviewStrip(QWidget):
    """Paints a mark per claim status at its place in the whole text; a click scrolls the text there."""

    def __init__(self, text, parent=None) -> None:
        super().__init__(parent)
        self.text = text  # the ClaimText it maps
        self.statuses: dict = {}
        self.flags: dict[str, str] = {}  # claim id -> "misattributed": drawn over the status marks, on the right
        self.setFixedWidth(STRIP_WIDTH)
        # paintEvent fills the whole strip: Qt need not repaint the pane beneath it on every scroll step.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName("Overview of the statuses in this text")
        self.setToolTip("Where this text diverges, leaves out and agrees (and, on the right, misattributes); "
                        "click to go there")
        self._marks: QPixmap | None = None  # the marks, drawn once per statuses, layout and size
        self._marks_key: tuple = ()
        text.verticalScrollBar().valueChanged.connect(self.update)
        text.verticalScrollBar().rangeChanged.connect(self.update)
        text.relaid.connect(self._forget_marks)

    def sizeHint(self) -> QSize:
        return QSize(STRIP_WIDTH, 100)

    def set_statuses(self, statuses: dict, flags: dict[str, str] | None = None) -> None:
        self.statuses = statuses
        self.flags = dict(flags or {})
        self._forget_marks()

    def _forget_marks(self) -> None:
        self._marks = None
        self.update()

    def _scale(self) -> float:
        content = max(1.0, self.text.content_height())
        return self.height() / content

    def paintEvent(self, event) -> None:
        """The cached marks, then the band of the visible part: only the band moves on a scroll step."""
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._marks_pixmap())
        scale = self._scale()
        view = QColor(self.palette().text().color())
        view.setAlphaF(VIEW_ALPHA)
        top = self.text.verticalScrollBar().value() * scale
        fill(painter, QRectF(0, top, self.width(), self.text.viewport().height() * scale), view)
        painter.end()

    def _marks_pixmap(self) -> QPixmap:
        """The strip's background and marks, redrawn only when the statuses, layout, size or theme changed."""
        ratio = self.devicePixelRatioF()
        key = (self.size(), ratio, self.text.content_height(), self.palette().base().color().rgba())
        if self._marks is None or key != self._marks_key:
            self._marks, self._marks_key = QPixmap(self.size() * ratio), key
            self._marks.setDevicePixelRatio(ratio)
            painter = QPainter(self._marks)
            fill(painter, self.rect(), self.palette().base())
            self._paint_marks(painter, self._scale())
            painter.end()
        return self._marks

    def _paint_marks(self, painter: QPainter, scale: float) -> None:
        # stripes of the strip's own ground: a darker shade of the vermillion barely showed in grey (119 against 92)
        hatch = QBrush(self.palette().base().color(), Qt.BrushStyle.BDiagPattern)
        painter.setRenderHint(QPainter.RenderHint.NonCosmeticBrushPatterns)  # the hatch scales as the ribbons' does
        for status in ORDER:
            colour = QColor(palette.COLOR[status])
            for claim_id, found in self.statuses.items():
                if found.status != status:
                    continue
                span = self.text.claim_span(claim_id)
                if span is not None:
                    height = max(MIN_MARK, (span[1] - span[0]) * scale)
                    fill(painter, QRectF(2, span[0] * scale, self.width() - 4, height), colour)
                    if status == DIVERGE:  # hatched, as its ribbons are: in grey the vermillion is the green's twin
                        fill(painter, QRectF(2, span[0] * scale, self.width() - 4, height), hatch)
        for claim_id, kind in self.flags.items():  # misattributions: a mark with a dark edge, over the rest
            span = self.text.claim_span(claim_id)
            if span is not None:
                rect = QRectF(self.width() / 2, span[0] * scale, self.width() / 2 - 1, max(2 * MIN_MARK,
                                                                                          (span[1] - span[0]) * scale))
                fill(painter, rect, QColor(palette.COLOR[kind]).darker(FLAG_EDGE_DARKER))
                fill(painter, rect.adjusted(1, 1, -1, -1), QColor(palette.COLOR[kind]))

    def mousePressEvent(self, event) -> None:
        self._go(event.position().y())

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._go(event.position().y())

    def _go(self, y: float) -> None:
        """Centre the text on the place that strip height `y` stands for."""
        target = y / self._scale() - self.text.viewport().height() / 2
        self.text.verticalScrollBar().setValue(round(target))
