"""A combo box whose current text is cut at its end with an ellipsis to the field's width (app/elided.py's label's
rule for a combo box); apart from the label, whose panes are in the first frame: the combo boxes are Compare's and
the coverage matrix's, made after it, and QComboBox's types with them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter


class ElidedCombo(QComboBox):
    """A combo box whose current text is cut at its end with "…" to the field's width: Qt's own clips it mid-letter
    ("The White House (statements and releases) readou" in Compare's A at 1280 px, helper qa8); the list it opens
    shows every name whole."""

    def _option(self) -> QStyleOptionComboBox:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return option

    def shown_text(self) -> str:
        """The current text as drawn: whole, else cut with an ellipsis to the edit field's width."""
        option = self._option()
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, max(0, field.width()))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QStylePainter(self)
        option = self._option()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()
