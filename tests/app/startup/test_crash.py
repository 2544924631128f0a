"""Unexpected errors in the viewer: logged with the traceback, shown in one dialog with the log's path; doctor."""

from __future__ import annotations

import pytest

from readout_viewer.app.startup import crash
from readout_viewer.cli import main
from readout_viewer.core.system import logfile


@pytest.fixture
def log_path():
    logfile.close()
    yield logfile.setup("test")
    logfile.close()


def _raise(exc):
    try:
        raise exc
    except type(exc) as caught:
        return type(caught), caught, caught.__traceback__


def test_an_uncaught_error_is_logged_and_shown_with_the_log_path(qapp, log_path):
    shown = []
    reporter = crash.Reporter(show=shown.append)
    reporter(*_raise(ValueError("the pane lost its document")))
    assert len(shown) == 1
    assert "ValueError: the pane lost its document" in shown[0] and str(log_path) in shown[0]
    text = log_path.read_text(encoding="utf-8")
    assert "Unexpected error" in text and "Traceback" in text and "the pane lost its document" in text


def test_an_error_while_the_dialog_is_open_does_not_stack_dialogs(qapp, log_path):
    shown = []
    reporter = crash.Reporter()
    reporter._show = lambda text: (shown.append(text), reporter(*_raise(RuntimeError("again"))))
    reporter(*_raise(ValueError("first")))
    assert len(shown) == 1
    assert "again" in log_path.read_text(encoding="utf-8")  # still logged


def test_the_dialog_appears_with_the_message(qtbot, qapp, log_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    seen = []

    def close_box():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(box.text())
        box.accept()
    QTimer.singleShot(0, close_box)
    crash.Reporter()(*_raise(KeyError("claim 7")))
    assert seen and "KeyError" in seen[0] and str(log_path) in seen[0]


def test_worker_failure_goes_to_the_log(qtbot, log_path):
    from readout_viewer.app.worker import AnalysisWorker

    def job():
        raise ValueError("the engine broke")
        yield  # a generator, as jobs are
    worker = AnalysisWorker(job)
    with qtbot.waitSignal(worker.failed) as blocker:
        worker.run()
    assert "the engine broke" in blocker.args[0]
    assert "Traceback" in log_path.read_text(encoding="utf-8")


def test_doctor_prints_every_part_and_says_whether_the_window_can_open(capsys, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    for label in ("readout-viewer:", "Python:", "PySide6-Essentials:", "Qt platform:", "Window:", "Fonts:",
                  "Configuration:", "Cache:", "Log file:", "PDF fonts:", "Semantic model:"):
        assert label in out, label
    assert "Window:             can open" in out


def test_doctor_exits_1_when_the_window_cannot_open(capsys, monkeypatch):
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert main(["doctor"]) == 1
    assert "PROBLEM: readout-viewer cannot open its window: no display" in capsys.readouterr().out
