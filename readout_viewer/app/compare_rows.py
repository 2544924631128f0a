"""A Compare list's row drawn in two inks: the statement left out in the list's text colour, the line saying where
the press stands on it muted (a list item has one colour: ux8's "Reported by" line read as part of the statement)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from readout_viewer import palette

# Text must read at this contrast on its background (WCAG AA for body text), the muted line included.
TEXT_CONTRAST = 4.5
# How much of the text colour the muted line keeps at first (the rest is the background's); more when it would
# read under TEXT_CONTRAST on any of the backgrounds it is drawn on.
MUTED_SHARE = 0.55
MUTED_STEP = 0.05
# Room around a row's words, as the list's own items have (pixels).
ROW_MARGIN = 3


def muted_ink(ink: str, backgrounds: list[str]) -> str:
    """`ink` faded toward the first background as far as it still reads at TEXT_CONTRAST on every one of them."""
    share = MUTED_SHARE
    while share < 1.0:
        faded = palette.mixed(ink, backgrounds[0], share)
        if all(palette.contrast(faded, b) >= TEXT_CONTRAST for b in backgrounds):
            return faded
        share += MUTED_STEP
    return ink


class PressRowDelegate(QStyledItemDelegate):
    """Draws an item's first line (the statement) in the text colour and the lines after it (the press) muted."""

    def inks(self, option: QStyleOptionViewItem) -> tuple[str, str]:
        """The statement's colour and the press line's, for a row drawn with `option` (selected or not)."""
        pal = option.palette
        if option.state & QStyle.StateFlag.State_Selected:
            ink = pal.color(QPalette.ColorRole.HighlightedText).name()
            return ink, muted_ink(ink, [pal.color(QPalette.ColorRole.Highlight).name()])
        ink = pal.color(QPalette.ColorRole.Text).name()
        grounds = [pal.color(QPalette.ColorRole.Base).name(), pal.color(QPalette.ColorRole.AlternateBase).name()]
        return ink, muted_ink(ink, grounds)  # alternate rows: both backgrounds

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex, width: int) -> QTextDocument:
        said, _, press = str(index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        ink, muted = self.inks(option)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(ROW_MARGIN)
        doc.setTextWidth(max(width, 40))
        cursor = QTextCursor(doc)
        words = QTextCharFormat()
        words.setForeground(QColor(ink))
        cursor.insertText(said, words)
        if press.strip():
            block = QTextBlockFormat()
            block.setLeftMargin(option.fontMetrics.horizontalAdvance(said[:2]))  # under the statement, not its mark
            words.setForeground(QColor(muted))
            cursor.insertBlock(block)
            cursor.insertText(press.strip(), words)
        return doc

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        return view.viewport().width() if view is not None else option.rect.width()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt's name)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index, self._width(opt))
        return QSize(int(doc.idealWidth()), int(doc.size().height()))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index, opt.rect.width())
        opt.text = ""  # the background, selection and focus as the style draws them; the words drawn here
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.translate(QPointF(opt.rect.topLeft()))
        doc.drawContents(painter)
        painter.restore()
