"""Seen by helper qa10, correcting by keyboard alone on the real desktop: the window opened on a folder kept the
keyboard on the bare pane area (the panes were filled before it first showed), Tab then stopped on an invisible
scroll area, and Alt+Down / Alt+Right selected claims while the keyboard stayed in the score box (a digit typed
then hid links). The keyboard now goes to the current pane's text, and moving by claim takes it along."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from readout_viewer.app import navigate


def test_the_keyboard_goes_to_the_texts_and_follows_the_claims(qtbot, make_window, tiny):
    window = make_window()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.show_analysis(tiny)
    window.area.show_documents(["e1/us", "e1/paper"])
    first, second = window.area.panes[:2]
    window.area.setFocus(Qt.FocusReason.OtherFocusReason)  # what the first show does
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first.text)
    assert window.area.scroll.focusPolicy() == Qt.FocusPolicy.NoFocus
    score = window.menu_actions.score
    score.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is score)
    assert navigate.step_claim(window.area, True) is not None  # Alt+Down
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first.text)
    score.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is score)
    assert navigate.step_pane(window.area, True) is not None  # Alt+Right
    qtbot.waitUntil(lambda: QApplication.focusWidget() is second.text)
