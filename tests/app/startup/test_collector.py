"""Python's garbage collector is held off while the window starts and runs again once the window has painted."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QMainWindow

from readout_viewer.app.startup import main
from readout_viewer.core.system import collector


def test_the_collector_runs_again_once_the_window_has_painted(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    start = collector.Hold()  # as run_gui holds it from the child's fork
    try:
        main.collect_after_paint(window, start)
        qtbot.wait(100)
        assert not gc.isenabled()  # not painted yet
        window.show()
        qtbot.waitUntil(gc.isenabled, timeout=5_000)
    finally:
        start.release()


def test_a_start_that_cannot_open_its_window_leaves_the_collector_on(monkeypatch, tmp_path):
    def refused(*args) -> int:
        assert not gc.isenabled()  # held off while the window starts
        return main.CANNOT_START
    monkeypatch.setattr(main, "_start", refused)
    monkeypatch.setattr(main.early, "first_job", lambda *args: None)
    assert main.run_gui(tmp_path, None, False, None) == main.CANNOT_START
    assert gc.isenabled()
