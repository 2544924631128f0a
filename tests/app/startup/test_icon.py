"""The window icon is drawn once the window has first painted, not on a timer that a slow first paint loses to."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QWidget

from readout_viewer.app.afterpaint import FirstPaint
from readout_viewer.app.startup import main


def test_the_icon_waits_for_the_windows_first_paint(qtbot):
    app = main._application()
    app.setWindowIcon(QIcon())
    window = QMainWindow()
    qtbot.addWidget(window)
    main._icon_after_paint(app, window)
    qtbot.wait(700)  # longer than the timer the icon had (500 ms): a window not painted yet has no icon drawn
    assert app.windowIcon().isNull()
    window.show()
    qtbot.waitUntil(lambda: not app.windowIcon().isNull(), timeout=5_000)


def test_first_paint_work_runs_once_after_the_paint_or_at_the_latest(qtbot):
    painted, never = QWidget(), QWidget()
    qtbot.addWidget(painted)
    qtbot.addWidget(never)
    runs: list[str] = []
    FirstPaint(painted, lambda: runs.append("painted"), latest_ms=400)
    FirstPaint(never, lambda: runs.append("never shown"), latest_ms=200)
    assert runs == []  # nothing runs before the event loop has turned
    painted.show()
    qtbot.waitUntil(lambda: "painted" in runs, timeout=5_000)
    qtbot.waitUntil(lambda: "never shown" in runs, timeout=5_000)
    qtbot.wait(500)  # the painted widget's latest time passes: its work is not run again
    assert sorted(runs) == ["never shown", "painted"]
