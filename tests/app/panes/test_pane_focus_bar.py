"""Seen by helper qa10, by keyboard alone in the dark theme: the window opens with the keyboard on the first pane's
text and Tab moves it from pane to pane, yet nothing showed which pane had it. That pane now has a bar along its
top, in a colour 3:1 off the window at least."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from readout_viewer import palette
from readout_viewer.app import theme

FOCUS_CONTRAST = 3.0


def _top(pane) -> str:
    return pane.grab().toImage().pixelColor(pane.width() // 2, 1).name()


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK])
def test_the_pane_with_the_keyboard_shows_it(qtbot, make_window, tiny, look, restore_look):
    window = make_window()
    window.set_theme(look)
    window.show_analysis(tiny)
    window.area.show_documents(["e1/us", "e1/paper"])
    first, second = window.area.panes[:2]
    qtbot.waitExposed(window)
    window.activateWindow()
    first.text.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: first.text.hasFocus())
    ground = first.palette().window().color().name()

    def marked(pane) -> bool:
        return palette.contrast(_top(pane), ground) >= FOCUS_CONTRAST

    qtbot.waitUntil(lambda: marked(first))
    assert not marked(second)
    second.text.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: marked(second) and not marked(first))
