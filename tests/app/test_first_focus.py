"""Where the keyboard is when the window opens: on the first text, never on a toolbar box."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_the_keyboard_starts_on_the_first_text(qtbot, make_window, corpus):
    # On a real desktop the first focusable widget in the chain took the keyboard: the toolbar's score box, its
    # text selected, so that a digit typed at once hid links; offscreen it was the documents list.
    window = make_window()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        window.open_folder(corpus)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is window.area.panes[0].text
    assert window.menu_actions.score is not None and not window.menu_actions.score.hasFocus()
