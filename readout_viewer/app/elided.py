"""A one-line label that cuts its text with an ellipsis to the width it gets, the whole text in its tooltip (a combo
box cut the same way: app/elided_combo.py)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy


class ElidedLabel(QLabel):
    """Draws its text on one line, cut at the end with "…" when it does not fit; never widens its parent."""

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._own_tip = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setToolTip(self._own_tip or text)
        self.update()

    def set_tip(self, tip: str) -> None:
        """A tooltip of its own (else the tooltip is the whole text)."""
        self._own_tip = tip
        self.setToolTip(tip or self.text())

    def shown_text(self) -> str:
        """The text as drawn: whole, else cut with an ellipsis to the label's width."""
        width = max(0, self.contentsRect().width())
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.fontMetrics().horizontalAdvance("W…"), super().minimumSizeHint().height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(),
                                  self.isEnabled(), self.shown_text(), self.foregroundRole())
        painter.end()
