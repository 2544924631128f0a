"""Find across panes: a match is brought to the middle of its pane, and the status bar counts the matches."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_a_match_far_down_lands_mid_pane_and_is_counted(qtbot, make_window, long_pair):
    window = make_window(size=(1200, 800))
    window.show_analysis(long_pair)
    window.area.locked = False
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.area.panes[0].text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.menu_actions.find_field.hasFocus)
    window.menu_actions.find_field.setText("topic 40.")
    qtbot.keyClick(window.menu_actions.find_field, Qt.Key.Key_Return)
    text = window.area.panes[0].text
    assert text.textCursor().selectedText() == "topic 40."
    y = text.cursorRect().center().y()
    height = text.viewport().height()
    assert height / 4 < y < 3 * height / 4  # near the middle, not on the bottom edge
    assert "1 in the shown documents" in window.statusBar().currentMessage()


def test_the_find_fields_hint_is_whole_at_1280(qtbot, make_window, tiny):
    """Seen by helper ux5 at 1280×800: "Find in panes (Ctrl+F, Enter: ne…", the hint cut by its own field."""
    window = make_window(size=(1280, 800))
    window.show_analysis(tiny)
    field = window.menu_actions.find_field
    qtbot.waitUntil(lambda: field.isVisible() and field.width() > 0)
    hint = field.fontMetrics().horizontalAdvance(field.placeholderText())
    assert hint + 2 * field.fontMetrics().averageCharWidth() <= field.width()
    assert "Enter" in field.toolTip()
