"""The coverage matrix's column header: every line of a document's name cut at its end with "…" to the column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle

# Room (pixels) kept for the sort arrow beside the label of the column the table is sorted by.
SORT_ARROW_ROOM = 14


class ElidingHeader(QHeaderView):
    """A horizontal header whose labels never outgrow their section: a centred line wider than the column was
    clipped at both ends ("Murang'a Newspaper…" read "urang'a Newspape." at 1920 px, helper ux12); each line is now
    cut at its end with an ellipsis, and the model's tooltip names the document in full."""

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as QTableView's own header: a click sorts, a double-click opens
        self.setHighlightSections(True)

    def shown_lines(self, section: int, text: str, bold: bool = False) -> list[str]:
        """The lines of `text` as drawn in `section`: each cut with "…" to the room the section leaves; `bold`: the
        section is highlighted (the selected cell's column), which the style draws in bold, wider: cut by the plain
        font's width, its name ran past both edges ("Devdiscourse, a…" touching the cell's border at 1920 px, helpers
        qa5 and qa8)."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        room = self.sectionSize(section) - 2 * margin
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == section:
            room -= SORT_ARROW_ROOM
        metrics = self.fontMetrics() if not bold else QFontMetrics(_bold(self.font()))  # a new one for one section
        return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(0, room)) for line in text.split("\n")]

    def initStyleOptionForIndex(self, option, logical_index: int) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOptionForIndex(option, logical_index)
        if option.text:
            bold = bool(option.state & QStyle.StateFlag.State_On)  # QCommonStyle's CE_HeaderLabel draws it bold
            option.text = "\n".join(self.shown_lines(logical_index, option.text, bold))


def _bold(font):
    """`font`, bold (a copy)."""
    font.setBold(True)
    return font
