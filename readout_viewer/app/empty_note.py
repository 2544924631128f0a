"""A list or table that, empty, says why in the palette's muted text: a blank box said nothing (still loading? a
filter?), helper qa2 on this round's events."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QTableView

# Room around the note (pixels): off the frame, as a row's words are.
NOTE_MARGIN = 6


def paint_note(view: QAbstractItemView, note: str) -> None:
    """Draw `note` at the top of `view`'s viewport, wrapped, in the muted (disabled) text colour."""
    painter = QPainter(view.viewport())
    painter.setPen(view.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
    area = view.viewport().rect().adjusted(NOTE_MARGIN, NOTE_MARGIN, -NOTE_MARGIN, -NOTE_MARGIN)
    painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
                     note)
    painter.end()


class _Noted:
    """What both kinds share: an `empty_note`, drawn over the viewport after Qt's own paint while `_empty()`."""

    empty_note = ""

    def set_empty_note(self, note: str) -> None:
        self.empty_note = note
        self.viewport().update()  # type: ignore[attr-defined]  # the Qt view this is mixed into

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)  # type: ignore[misc]  # the Qt view's, next in the subclass's MRO
        if self.empty_note and self._empty():
            paint_note(self, self.empty_note)  # type: ignore[arg-type]

    def _empty(self) -> bool:
        raise NotImplementedError  # each view says when it holds nothing


class NotedList(_Noted, QListWidget):
    """A list whose `empty_note` is drawn while it holds no item."""

    def _empty(self) -> bool:
        return not self.count()


class NotedTable(_Noted, QTableView):
    """A table whose `empty_note` is drawn while its model holds no row. Tab leaves it (the arrows move between
    cells): Qt's default kept Tab stepping from cell to cell, and the keyboard never got out (qa10)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setTabKeyNavigation(False)

    def _empty(self) -> bool:
        model = self.model()
        return model is None or not model.rowCount()

