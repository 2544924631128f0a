"""The analysis worker: results, failures and cancellation arrive as signals; closing stops a running analysis."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from readout_viewer.app.worker import AnalysisRunner
from readout_viewer.core.model import Analysis, Progress


def _job(steps: int, delay: float = 0.0, fail_at: int | None = None):
    def gen():
        for i in range(steps):
            if i == fail_at:
                raise ValueError("bad input")
            time.sleep(delay)
            yield Progress(i / steps, f"step {i}")
        return Analysis(root=f"done after {steps}")
    return gen


def test_the_result_arrives_with_its_folder(qtbot):
    runner = AnalysisRunner()
    with qtbot.waitSignal(runner.finished, timeout=5000) as done:
        runner.start(Path("/some/folder"), _job(3))
    assert done.args[0] == Path("/some/folder") and done.args[1].root == "done after 3"
    assert not runner.busy()


def test_an_engine_error_is_reported_not_raised(qtbot):
    runner = AnalysisRunner()
    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.start(Path("/f"), _job(5, fail_at=2))
    assert "ValueError: bad input" in failed.args[0]


def test_a_new_analysis_supersedes_the_running_one(qtbot):
    runner = AnalysisRunner()
    results = []
    runner.finished.connect(lambda folder, analysis: results.append(analysis.root))
    runner.start(Path("/old"), _job(10_000, delay=0.01))
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start(Path("/new"), _job(2))
    runner.wait()
    assert results == ["done after 2"]


def test_closing_the_window_stops_a_running_analysis(qtbot, make_window):
    window = make_window(job=lambda folder: _job(10_000, delay=0.01)())
    with qtbot.waitSignal(window.runner.progress, timeout=5000):
        window.open_folder(Path(__file__).parent)
    assert window.runner.threads_running()
    window.close()
    assert not window.runner.threads_running()


def _blocking_job(seconds: float):
    """A job whose second step is busy for `seconds` without yielding (a stage that cannot stop in between)."""
    def gen():
        yield Progress(0.1, "reading")
        time.sleep(seconds)
        yield Progress(0.9, "after the long step")
        return Analysis(root="too late")
    return gen


def test_cancel_is_reported_within_a_second_even_inside_a_long_step(qtbot):
    runner = AnalysisRunner()
    results = []
    runner.finished.connect(lambda folder, analysis: results.append(analysis))
    with qtbot.waitSignal(runner.progress, timeout=5000):
        runner.start(Path("/f"), _blocking_job(3.0))
    started = time.monotonic()
    with qtbot.waitSignal(runner.cancelled, timeout=1000):
        runner.cancel()
    assert time.monotonic() - started < 1.0 and not runner.busy()
    qtbot.waitUntil(lambda: not runner.threads_running(), timeout=10_000)
    assert results == []  # what the run produced after it was cancelled never reaches the window


def test_progress_is_throttled_to_twenty_signals_a_second(qtbot):
    def many():
        for i in range(200_000):
            yield Progress(i / 200_000, f"step {i}")
        return Analysis(root="done")
    runner = AnalysisRunner()
    seen = []
    runner.progress.connect(lambda f, m: seen.append(m))
    started = time.monotonic()
    with qtbot.waitSignal(runner.finished, timeout=60_000):
        runner.start(Path("/f"), many)
    elapsed = time.monotonic() - started
    assert 1 <= len(seen) <= 20 * elapsed + 2


_CLOSE_WHILE_BUSY = """
import sys, time
import readout_viewer.core.language.segment as segment
from readout_viewer import cli

def stuck(doc):  # a stage busy for a minute between two steps (in the child too: it is forked before Qt is loaded)
    time.sleep(60)
    return []
segment.segment = stuck

def watch():
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and getattr(w, "progress_label", None) is not None and \\
                w.progress_label.text().startswith("Finding claims"):
            print("closing", flush=True)
            w.close()
            return
    QTimer.singleShot(50, watch)

from readout_viewer.app.startup import main as app_main
make_app = app_main._application

def application():  # the watch starts once the viewer has made its QApplication
    from PySide6.QtCore import QTimer
    app = make_app()
    QTimer.singleShot(50, watch)
    return app
app_main._application = application
sys.exit(cli.main([sys.argv[1]]))
"""


@pytest.mark.parametrize("where", ["thread", "child"])
def test_closing_the_window_during_a_long_step_exits_within_a_second(tmp_path, where):
    """A real process: the viewer on a folder whose analysis is stuck in one step, in the window's thread or in the
    child process started at launch (app/startup/early.py); closing it must end the process at once and cleanly (it
    waited 5 s and then aborted: 'QThread: Destroyed while thread is still running')."""
    import os
    import subprocess
    import sys
    (tmp_path / "a.txt").write_text("The envoys met on Monday and agreed to meet again.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "READOUT_VIEWER_NO_CACHE": "1", "READOUT_VIEWER_PRESTART": "0" if where == "thread" else "1"}
    proc = subprocess.Popen([sys.executable, "-c", _CLOSE_WHILE_BUSY, str(tmp_path)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "closing"
        closed = time.monotonic()
        proc.wait(timeout=30)
        took = time.monotonic() - closed
    finally:
        proc.kill()
    err = proc.stderr.read()
    assert proc.returncode == 0, err
    assert "QThread" not in err and "Traceback" not in err
    assert took < 2.0  # the window goes at once; the process ends with the interpreter's exit (slower under load)
