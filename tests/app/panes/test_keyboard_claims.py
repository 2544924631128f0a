"""Selecting claims without the mouse: next / previous claim in a pane, next / previous pane."""

from __future__ import annotations

from PySide6.QtCore import Qt

ALT = Qt.KeyboardModifier.AltModifier


def test_alt_arrows_walk_claims_and_panes(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    pane = window.area.panes[0].text
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_Down, ALT)
    assert window.selected_claim_ids()[0] == "e1/us#1"
    qtbot.keyClick(pane, Qt.Key.Key_Down, ALT)
    assert window.selected_claim_ids()[0] == "e1/us#2"
    assert window.inspector.claim_id == "e1/us#2"
    qtbot.keyClick(pane, Qt.Key.Key_Right, ALT)  # to the counterpart in the next pane
    assert window.selected_claim_ids()[0] == "e1/ru#2" and window.area.current == 1
    qtbot.keyClick(pane, Qt.Key.Key_Up, ALT)
    assert window.selected_claim_ids()[0] == "e1/ru#1"
    qtbot.keyClick(pane, Qt.Key.Key_Left, ALT)
    assert window.area.current == 0
    assert window.selected_link() is not None  # ready for Ctrl+Return / Ctrl+Delete
