"""A scroll area's parts (its viewport, its scroll bar's box) found by the names Qt gives them, without a `viewport()`
call that makes PySide6 load every widget class first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

# The names QAbstractScrollArea gives its viewport and the box of its vertical scroll bar (Qt's own code). A widget
# that C++ made and Python has not met yet comes back from `viewport()` or `parentWidget()` as a QWidget whose
# subclass PySide6 looks for, loading every QtWidgets class to look (62 M instructions after a lone QTextBrowser;
# 31.6 M of a warm start's 1,321 M to its first paint, 42 enum types, helper speed57): found by name, `findChild`
# makes it a QWidget at once, and every later `viewport()` gets the same object as long as it is held (`held`).
VIEWPORT = "qt_scrollarea_viewport"
BAR_BOX = "qt_scrollarea_vcontainer"


def _child(area: QAbstractScrollArea, name: str) -> QWidget | None:
    return area.findChild(QWidget, name, Qt.FindChildOption.FindDirectChildrenOnly)


def held(area: QAbstractScrollArea) -> QWidget:
    """`area`'s viewport (the caller keeps it: a later `viewport()` then costs nothing more)."""
    return _child(area, VIEWPORT) or area.viewport()  # another Qt's names: the slow way, the same widget


def bar_box(area: QAbstractScrollArea) -> QWidget:
    """The box Qt puts `area`'s vertical scroll bar in (the bar's parent)."""
    return _child(area, BAR_BOX) or area.verticalScrollBar().parentWidget()
