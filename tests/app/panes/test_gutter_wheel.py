"""The mouse wheel over a gutter scrolls the panes (it did nothing there)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication


def test_wheel_over_the_gutter_scrolls_the_longer_pane(qtbot, make_window, long_pair):
    window = make_window(size=(1000, 600))
    window.show_analysis(long_pair)
    window.area.locked = False
    left, right = (p.text.verticalScrollBar() for p in window.area.panes)
    qtbot.waitUntil(lambda: right.maximum() > left.maximum() > 0)
    handle = window.area.splitter.handle(1)
    centre = QPointF(handle.width() / 2, handle.height() / 2)
    wheel = QWheelEvent(centre, QPointF(handle.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(handle, wheel)
    assert right.value() > 0 and left.value() == 0  # the longer text (right) took the step
