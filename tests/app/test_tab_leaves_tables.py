"""Seen by helper qa10, by keyboard alone: Tab into the Findings list (or the coverage matrix) stepped from cell to
cell, row after row, and never left it — a keyboard trap (Qt's tabKeyNavigation). Tab now leaves a table; the
arrows move between its cells."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _tab_leaves(qtbot, table) -> None:
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not table)


def test_tab_leaves_the_findings_and_the_matrix(qtbot, make_window, corpus):
    window = make_window(size=(1280, 800))
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        window.open_folder(corpus)
    findings = window.docks.findings.table
    qtbot.waitUntil(lambda: findings.model().rowCount() > 2)
    findings.setCurrentIndex(findings.model().index(0, 0))
    _tab_leaves(qtbot, findings)
    window.docks.dock_matrix.show()
    window.docks.dock_matrix.raise_()
    matrix = window.docks.matrix.table
    qtbot.waitUntil(lambda: matrix.isVisible() and matrix.model().rowCount() > 0)
    matrix.setCurrentIndex(matrix.model().index(0, 1))
    _tab_leaves(qtbot, matrix)
