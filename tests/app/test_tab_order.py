"""Seen by helper qa18, by keyboard alone at 1280×800: from the first text, Tab went into the Problems panel, the
Compare panel, the coverage matrix and the Documents list while their tabs were not chosen (Qt parks such panels
outside the window and keeps them "visible"): eighteen presses with no control to be seen holding the keyboard. And
it read across the window: the panes, the inspector on the right, back to the findings on the left, the inspector's
buttons after its text. Tab now steps through what is shown, in reading order."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton


def _outside(widget, window) -> bool:
    """Whether the window's child holding `widget` stands outside the window (where Qt parks a tab not chosen)."""
    top = widget
    while top.parentWidget() is not window:
        top = top.parentWidget()
    return not top.geometry().intersects(window.rect())


def _tab_round(qtbot, window, start, forward=True) -> list:
    """The widgets Tab (Shift+Tab) stops on from `start` until it comes back to it."""
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen = []
    for _ in range(120):
        # through the window, as a key pressed is: it goes on to the widget with the keyboard
        qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Tab if forward else Qt.Key.Key_Backtab)
        focused = QApplication.focusWidget()
        if focused is start:
            return seen
        seen.append(focused)
    raise AssertionError(f"Tab never came back to the first text: {[type(w).__name__ for w in seen[-5:]]}")


def test_tab_steps_through_what_is_shown_in_reading_order(qtbot, make_window, corpus, tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(corpus, folder)  # a folder of the reader's own: its corrections can be made
    window = make_window(size=(1280, 800))
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        window.open_folder(folder)
    window.activateWindow()
    findings, inspector = window.docks.findings, window.inspector
    qtbot.waitUntil(lambda: findings.table.model().rowCount() > 0 and window.controller is not None)
    window.area.select_first_link()  # the corrections act on it: their buttons take the keyboard
    qtbot.waitUntil(lambda: any(b.isVisible() for b in inspector.actions_bar.findChildren(QToolButton)))
    first = window.area.panes[0].text
    seen = _tab_round(qtbot, window, first)
    assert [w for w in seen if _outside(w, window) or not w.isVisible()] == []
    assert window.docks.problems not in seen and window.docks.matrix.table not in seen  # tabs not chosen
    where = {id(w): i for i, w in enumerate(seen)}
    panes = [where[id(p.text)] for p in window.area.panes[1:]]
    confirm = next(w for w in seen if w.parentWidget() is inspector.actions_bar)
    assert panes == sorted(panes) and max(panes) < where[id(findings.table)]  # the panes, then the lists below
    assert where[id(findings.table)] < where[id(confirm)] < where[id(inspector.browser)]  # left, then right
    assert seen[-2:] == [window.menu_actions.score, window.menu_actions.find_field]  # the toolbar, then round
    assert _tab_round(qtbot, window, first, forward=False) == seen[::-1]  # Shift+Tab: the same way back
