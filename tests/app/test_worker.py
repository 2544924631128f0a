"""The analysis worker: results, failures and cancellation arrive as signals; closing stops a running analysis."""

from __future__ import annotations

import time
from pathlib import Path

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
