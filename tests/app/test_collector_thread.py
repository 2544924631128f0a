"""No Qt widget is ever deleted by Python's collector in an analysis thread: a collection frees what it finds in the
thread that runs it, and a widget in a reference cycle (a closed window, a pane let go of) had its C++ object deleted
from the analysis thread while the window's thread walked Qt's widgets — segfaults in setStyle and a freed widget
left in QApplication.allWidgets(), in one CI run in two. While a runner's thread runs, automatic collections are off
and the window's thread collects instead (core/system/collector.py)."""

from __future__ import annotations

import gc
import threading
import weakref
from pathlib import Path

from PySide6.QtWidgets import QWidget

from readout_viewer.app.worker import AnalysisRunner
from readout_viewer.core.model import Analysis, Progress
from readout_viewer.core.system import collector

# Container objects the job allocates: many times any threshold of the collector's youngest generation, so that a
# collection would surely start in the job's thread if automatic collections were on.
ALLOCATIONS = 300_000


def _garbage_widget(freed: list[str]) -> None:
    """A widget only a reference cycle holds: the collector frees it, and its C++ object with it."""
    widget = QWidget()
    widget.me = widget  # type: ignore[attr-defined]
    weakref.finalize(widget, lambda: freed.append(threading.current_thread().name))


def _allocating_job():
    junk = [{"n": n} for n in range(ALLOCATIONS)]
    yield Progress(0.5, "allocated")
    return Analysis(root=str(len(junk)))


def test_a_widget_in_a_cycle_is_freed_in_the_window_s_thread_never_in_the_analysis_thread(qtbot):
    freed: list[str] = []
    gc.collect()
    _garbage_widget(freed)
    runner = AnalysisRunner()
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        runner.start(Path("/f"), _allocating_job)
    qtbot.waitUntil(lambda: not runner.threads_running(), timeout=10_000)
    gc.collect()  # if the runner's timer has not collected it yet (it collects what is due, in this thread)
    assert freed == [threading.main_thread().name]  # old: ["readout-viewer analysis"], set off by the job
    runner.wait()


def test_a_runner_holds_automatic_collections_off_only_while_its_thread_runs(qtbot):
    before = collector.holds()
    go_on = threading.Event()

    def waiting_job():
        yield Progress(0.1, "started")
        go_on.wait(10)
        return Analysis(root="done")
    runner = AnalysisRunner()
    with qtbot.waitSignal(runner.progress, timeout=10_000):
        runner.start(Path("/f"), waiting_job)
    assert not gc.isenabled() and collector.holds() == before + 1
    go_on.set()
    qtbot.waitUntil(lambda: not runner.threads_running(), timeout=10_000)
    assert collector.holds() == before  # given back as the thread ended
    if before == 0:  # no other analysis thread still runs (one a closed window let go of holds them off too)
        qtbot.waitUntil(gc.isenabled, timeout=5_000)  # back on, in this thread, at the runner's next turn
    runner.wait()
