"""The read-only text of one pane: claims highlighted by status, quotes by verdict, hit-testing and geometry (what
is marked and the words of its tooltips: app/panes/marks.py)."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip

from readout_viewer import palette
from readout_viewer.app import viewports
from readout_viewer.app.painting import speckled
from readout_viewer.app.panes.marks import MUTED, Mark, tip_of
from readout_viewer.core.language.utf16 import Utf16Index
from readout_viewer.core.model import Analysis, Document

_LINE = QTextCharFormat.UnderlineStyle
UNDERLINE = {"single": _LINE.SingleUnderline, "wave": _LINE.WaveUnderline, "dot": _LINE.DotLine,
             "dash": _LINE.DashUnderline, "none": _LINE.NoUnderline}
# Prose reads better with some air between lines (percent of the font's line height).
LINE_HEIGHT_PERCENT = 135
# Pixels around the text and after each paragraph: room to read, and for ribbons to land beside a line.
TEXT_MARGIN = 14
PARAGRAPH_GAP = 6
# Opacity of the selected / hovered claim's background: clearly stronger than a status highlight.
# The selected claim keeps its status hue, much stronger; a claim without status gets a neutral tint.
SELECTED_ALPHA = 0.62
HOVER_ALPHA = 0.45
NEUTRAL_SELECTED_ALPHA = 0.16
NEUTRAL_HOVER_ALPHA = 0.10
# The dark theme's status tints are already at palette.HIGHLIGHT_ALPHA_DARK (0.45): there 0.62 set the selected claim
# apart by 1.3:1 and the hovered one not at all (qa10, by keyboard in the dark). The full hue (its words in black,
# _readable_on) stands 2.3-3.5:1 off its neighbours; a claim without status takes a grey 2.7:1 off the base.
SELECTED_ALPHA_DARK = 1.0
HOVER_ALPHA_DARK = 0.75
NEUTRAL_SELECTED_ALPHA_DARK = 0.30
NEUTRAL_HOVER_ALPHA_DARK = 0.20
# A misattributed statement is marked like a highlighter pen over whatever tint its claim has (a faint underline
# on a green tint went unseen), with its wavy line a darker shade of the yellow so that it shows on white too.
FLAG_ALPHA = 0.7
FLAG_ALPHA_DARK = 0.38
FLAG_LINE_DARKER = 210  # Qt darker() factor (percent) of the attribution yellow for the wavy line
FLAGS = ("misattributed",)
LINED = ("misattributed", "unsupported")
# Text that is no statement (marks.MUTED): a grey that keeps a contrast of 5.7:1 on the light base (#ffffff) and
# 5.9:1 on the dark one (#1e1e1e), above WCAG's 4.5:1 for body text, yet clearly apart from the text's black/white.
MUTED_LIGHT = "#666666"
MUTED_DARK = "#9a9a9a"


def is_dark(widget) -> bool:
    """Whether the widget's theme is dark (light text on a dark base)."""
    return widget.palette().color(widget.backgroundRole()).lightnessF() < 0.5


def status_format(kind: str, background: bool, dark: bool) -> QTextCharFormat:
    """The character format of a status: a tinted background (claims), an underline in the status's style."""
    fmt = QTextCharFormat()
    colour = QColor(palette.COLOR[kind])
    if background or kind in FLAGS:
        tint = QColor(colour)
        if kind in FLAGS:
            tint.setAlphaF(FLAG_ALPHA_DARK if dark else FLAG_ALPHA)
        else:
            tint.setAlphaF(palette.HIGHLIGHT_ALPHA_DARK if dark else palette.HIGHLIGHT_ALPHA)
        fmt.setBackground(tint)
    fmt.setUnderlineStyle(UNDERLINE[palette.STYLE[kind]])
    fmt.setUnderlineColor(colour if kind not in LINED or dark else colour.darker(FLAG_LINE_DARKER))
    return fmt


def muted_format(dark: bool) -> QTextCharFormat:
    """The character format of text that is no statement: muted, not tinted."""
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(MUTED_DARK if dark else MUTED_LIGHT))
    return fmt


class ClaimText(QTextBrowser):
    """A word-wrapped read-only text; emits the claim under a click and shows the reason of a mark on hover."""

    claim_clicked = Signal(str)
    claim_hovered = Signal(object)  # the claim id under the mouse, or None
    relaid = Signal()  # claim positions changed (new text, new width): cached geometry is stale

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self._viewport = viewports.held(self)  # every viewport() after it is the same object, found at once
        self._viewport.setMouseTracking(True)
        # The scroll bar's box paints its own background: else each scroll step repainted every frame beneath it.
        viewports.bar_box(self).setAutoFillBackground(True)
        self.document().setDocumentMargin(TEXT_MARGIN)
        self._claim_starts: list[int] = []
        self._claim_ids: list[str] = []
        self._claim_ends: list[int] = []
        self._claim_at: dict[str, int] = {}  # claim id -> its index in the three lists above
        self._tinted: dict[str, str] = {}  # claim id -> the status kind its background is tinted with
        self._emphasis: tuple[str | None, str | None] = (None, None)  # (selected, hovered) drawn now
        self._marks: list[Mark] = []
        self._index = Utf16Index("")
        self._geometry: dict[str, tuple[float, float]] = {}
        self.document().documentLayout().documentSizeChanged.connect(self._forget_geometry)
        self._under_mouse: str | None = None
        self._doc: Document | None = None
        self._analysis: Analysis | None = None  # what the tooltips are written from when shown

    # ---- content
    def show_document(self, doc: Document, analysis: Analysis, marks: list[Mark]) -> None:
        """Show a document's text with its marks (claims first, then quotes and attributions on top)."""
        self._index = Utf16Index(doc.text)
        self._doc, self._analysis = doc, analysis
        claims = analysis.claims_of.get(doc.id, ())
        self._claim_starts = [c.start for c in claims]
        self._claim_ends = [c.end for c in claims]
        self._claim_ids = [c.id for c in claims]
        self._claim_at = {c.id: i for i, c in enumerate(claims)}
        self._marks = marks
        self._tinted = {self._claim_ids[i]: m.kind for m in marks if m.background
                        for i in [bisect_right(self._claim_starts, m.start) - 1] if i >= 0}
        self._under_mouse = None
        self.setExtraSelections([])
        self._emphasis = (None, None)
        # QTextEdit.setPlainText writes the new text in the format at the cursor: after a click in a tinted claim,
        # the whole text took that claim's tint. A fresh cursor with no format first.
        self.setTextCursor(QTextCursor(self.document()))
        self.setCurrentCharFormat(QTextCharFormat())
        # The text and its marks in one edit block, as Qt's own setPlainText nests the document's in one with the
        # format it applies: the document is laid out once, marked, instead of once plain and again for the marks.
        # Laid out beside its scroll bar: a text taller than the pane, laid out at the whole width, made the bar
        # appear and was laid out again beside it (22 M instructions of a warm start's 1,440 M to its first paint, a
        # second layout of the two long texts). A text that fits loses the bar below and is laid out again at the
        # whole width: a second layout of no more than a screenful.
        bars = self.verticalScrollBarPolicy()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        self.setPlainText(doc.text)
        self._apply_marks(cursor, marks)
        cursor.endEditBlock()
        self.setVerticalScrollBarPolicy(bars)
        self._geometry.clear()

    def _apply_marks(self, cursor: QTextCursor, marks: list[Mark]) -> None:
        """Mark the text through `cursor`, whose edit block the caller holds open."""
        dark = is_dark(self)
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(PARAGRAPH_GAP)
        cursor.mergeBlockFormat(block)
        formats = [muted_format(dark) if m.kind == MUTED else status_format(m.kind, m.background, dark) for m in marks]
        for mark, fmt in zip(marks, formats):
            cursor.setPosition(self._index.to_qt(mark.start))
            cursor.setPosition(self._index.to_qt(mark.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        of_mark = {id(m): fmt for m, fmt in zip(marks, formats) if m.kind != MUTED}
        speckled(cursor, marks, self._index.to_qt, lambda m: of_mark.get(id(m)))  # last: a tint shows between dots

    # ---- claims and geometry
    def claim_at_offset(self, offset: int) -> str | None:
        i = bisect_right(self._claim_starts, offset) - 1
        if i >= 0 and offset < self._claim_ends[i]:
            return self._claim_ids[i]
        return None

    def offset_at(self, pos) -> int:
        return self._index.from_qt(self.cursorForPosition(pos).position())

    def claim_span(self, claim_id: str) -> tuple[float, float] | None:
        """Top and bottom of a claim in document coordinates (pixels), cached until the text is laid out anew."""
        if claim_id in self._geometry:
            return self._geometry[claim_id]
        i = self._claim_at.get(claim_id)
        if i is None:
            return None
        top = self._line_y(self._index.to_qt(self._claim_starts[i]), bottom=False)
        bottom = self._line_y(self._index.to_qt(max(self._claim_starts[i], self._claim_ends[i] - 1)), bottom=True)
        self._geometry[claim_id] = (top, bottom)
        return top, bottom

    def _line_y(self, position: int, bottom: bool) -> float:
        block = self.document().findBlock(position)
        rect = self.document().documentLayout().blockBoundingRect(block)
        line = block.layout().lineForTextPosition(position - block.position())
        if not line.isValid():
            return rect.bottom() if bottom else rect.top()
        return rect.top() + line.y() + (line.height() if bottom else 0.0)

    def _forget_geometry(self, *_args) -> None:
        self._geometry.clear()
        self.relaid.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._forget_geometry()

    def content_height(self) -> float:
        return self.verticalScrollBar().maximum() + self.viewport().height()

    # ---- selection and hover
    def set_emphasis(self, selected: str | None, hovered: str | None) -> None:
        """Emphasise the selected claim and the one a ribbon hover points at (no repaint when they are unchanged)."""
        if (selected, hovered) == self._emphasis:
            return
        self._emphasis = (selected, hovered)
        out = []
        dark = is_dark(self)
        for claim_id, strong in ((hovered, False), (selected, True)):
            i = self._claim_at.get(claim_id)
            if i is None:
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._index.to_qt(self._claim_starts[i]))
            cursor.setPosition(self._index.to_qt(self._claim_ends[i]), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            if claim_id in self._tinted:  # the claim's own status colour, stronger: selection never hides a status
                colour = QColor(palette.COLOR[self._tinted[claim_id]])
                alpha = (SELECTED_ALPHA_DARK if dark else SELECTED_ALPHA) if strong else \
                    (HOVER_ALPHA_DARK if dark else HOVER_ALPHA)
                colour.setAlphaF(alpha)
                self._readable_on(sel.format, colour)
            else:
                colour = QColor(self.palette().text().color())
                colour.setAlphaF((NEUTRAL_SELECTED_ALPHA_DARK if dark else NEUTRAL_SELECTED_ALPHA) if strong else
                                 (NEUTRAL_HOVER_ALPHA_DARK if dark else NEUTRAL_HOVER_ALPHA))
            sel.format.setBackground(colour)
            out.append(sel)
        self.setExtraSelections(out)

    def _readable_on(self, fmt: QTextCharFormat, tint: QColor) -> None:
        """Write the words in black or white when the theme's text reads worse on the stronger tint: on the dark
        base the selected sky blue of a left-out statement gave its light words 3.7:1, the yellow of a
        misattribution 2.4:1 (text needs 4.5)."""
        base, text = self.palette().base().color().name(), self.palette().text().color().name()
        shown = palette.mixed(tint.name(), base, tint.alphaF())
        ink = palette.ink_on(shown, text)
        if ink != text:
            fmt.setForeground(QColor(ink))

    # ---- events
    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            claim_id = self.claim_at_offset(self.offset_at(event.position().toPoint()))
            if claim_id is not None:
                self.claim_clicked.emit(claim_id)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        claim_id = self.claim_at_offset(self.offset_at(event.position().toPoint()))
        if claim_id != self._under_mouse:
            self._under_mouse = claim_id
            self.claim_hovered.emit(claim_id)

    def leaveEvent(self, event) -> None:
        if self._under_mouse is not None:
            self._under_mouse = None
            self.claim_hovered.emit(None)
        super().leaveEvent(event)

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        claim_id = self.claim_at_offset(self.offset_at(event.pos()))
        if claim_id is not None and self._doc is not None:
            i = self._claim_at[claim_id]
            words = self._doc.text[self._claim_starts[i]:self._claim_ends[i]]
            first = menu.actions()[0] if menu.actions() else None
            inspect = QAction("Inspect this claim", menu)
            inspect.triggered.connect(lambda: self.claim_clicked.emit(claim_id))
            cite = QAction("Copy claim with its source", menu)
            cite.triggered.connect(lambda: QGuiApplication.clipboard().setText(citation(self._doc, words)))
            menu.insertActions(first, [inspect, cite])
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            offset = self.offset_at(event.pos())
            tips = [tip_of(m, self._analysis) if self._analysis else m.tip for m in self._marks
                    if m.start <= offset < m.end]
            if tips:
                QToolTip.showText(event.globalPos(), "\n".join(tips), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


def citation(doc: Document, words: str) -> str:
    """A claim quoted with where it comes from, for pasting into an article or a note."""
    where = ", ".join(part for part in (doc.label, doc.date, doc.url) if part)
    return f"“{words}” ({where})"
