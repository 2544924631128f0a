"""Locking the scroll again keeps the pane the user last scrolled where it is; the others come to it."""

from __future__ import annotations


def test_relocking_lines_up_on_the_pane_scrolled_last(qtbot, make_window, long_pair):
    window = make_window(size=(1000, 600))
    window.show_analysis(long_pair)
    left, right = (p.text.verticalScrollBar() for p in window.area.panes)
    qtbot.waitUntil(lambda: right.maximum() > 0)
    window.area.select_claim("e1/left#1")  # the user worked in the left pane first
    window.menu_actions.lock.setChecked(False)
    right.setValue(right.maximum() // 2)
    kept = right.value()
    window.menu_actions.lock.setChecked(True)
    assert right.value() == kept  # what the user was reading did not jump away
    assert left.value() > 0  # the other pane came to it
