"""Runs an analysis generator off the UI thread, reporting progress, and lets go of it at once when cancelled.

The generator runs in a daemon Python thread rather than a QThread: a stage can be busy for many seconds between
two steps (a huge file, an engine stage that does not yield), and neither Cancel nor closing the window may wait
for it. Cancel reports `cancelled` at once and drops whatever the run produces later; the thread stops at its next
step. On close, a thread still busy after WAIT_MS is left to the interpreter, which ends daemon threads with the
process: there is no QThread to destroy while it runs (that aborted the app with exit 134). The first folder of a
start is usually analysed in a child process started at launch (core/system/prestart.py): its job is the same kind of
generator, reading the child's messages, and closing it ends the child.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Generator
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from readout_viewer.core.model import Analysis, Progress
from readout_viewer.core.system import collector, logfile

log = logging.getLogger(__name__)

# How long closing waits for cancelled analyses to reach their next step (ms): a window must close within a second,
# and a thread stuck in a long step is not worth waiting for (it ends with the process).
WAIT_MS = 300
# At most this many progress signals a second reach the window (each repaints the bar and its label: on a
# 500-article folder 3,524 unthrottled signals cost the UI thread 0.7 s). The window asks for the latest step at
# this rate rather than the worker sending each one, so the label is never stale during a long step.
PROGRESS_PER_SECOND = 20
# While an analysis thread runs, Python's automatic collector is off (core/system/collector.py: a collection in that
# thread deleted Qt widgets under the window) and the window's thread collects what is due this often (ms): cycles
# wait a tenth of a second at most, and a check costs a few microseconds.
COLLECT_MS = 100

Job = Callable[[], Generator[Progress, None, Analysis]]


class AnalysisWorker(QObject):
    """Calls next() on the job's generator in a loop, keeping the latest step in `latest`; `cancel()` (any thread)
    stops it at the next step and silences it at once: nothing it does afterwards reaches the window."""

    texts = Signal(object)  # tuple[Document, ...]: the texts are read, the rest of the analysis goes on
    finished = Signal(object)  # Analysis
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self._stop = threading.Event()
        self.thread: threading.Thread | None = None
        self.latest: Progress | None = None  # replaced whole by the worker thread, read by the UI thread
        self.hold: collector.Hold | None = None  # a runner's: no automatic collection while this thread runs

    def cancel(self) -> None:
        self._stop.set()

    def start(self) -> None:
        self.thread = threading.Thread(target=self.run, name="readout-viewer analysis", daemon=True)
        self.thread.start()

    def run(self) -> None:
        try:
            gen = self._job()
            while True:
                if self._stop.is_set():
                    gen.close()
                    return
                try:
                    step = next(gen)
                except StopIteration as stop:
                    if not self._stop.is_set():
                        self.finished.emit(stop.value)
                    return
                self.latest = step
                documents = getattr(step, "documents", None)  # analysis.TextsRead (the engine is imported here,
                if documents is not None and not self._stop.is_set():  # in this thread, not the window's)
                    self.texts.emit(documents)
        except Exception as exc:  # the engine failed: tell the user rather than crash the window
            log.exception("The analysis failed")  # the traceback goes to the log file
            if not self._stop.is_set():
                where = logfile.current()
                self.failed.emit(f"{type(exc).__name__}: {exc}" + (f" (details in {where})" if where else ""))
        finally:
            if self.hold is not None:
                self.hold.release()  # counted down here; collections come back in the window's thread


class AnalysisRunner(QObject):
    """Runs one analysis at a time; starting a new one, or cancelling, lets go of the previous one at once."""

    progress = Signal(float, str)
    texts = Signal(object, object)  # folder, tuple[Document, ...]: shown while the analysis goes on
    finished = Signal(object, object)  # folder, Analysis
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._worker: AnalysisWorker | None = None
        self._old: list[AnalysisWorker] = []  # every worker whose thread may still run
        self._told: Progress | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(1000 // PROGRESS_PER_SECOND)
        self._poll.timeout.connect(self._tell_progress)
        self._collect = QTimer(self)
        self._collect.setInterval(COLLECT_MS)
        self._collect.timeout.connect(self._collect_due)

    def busy(self) -> bool:
        return self._worker is not None

    def start(self, folder: Path, job: Job) -> None:
        self.let_go()
        worker = AnalysisWorker(job)
        worker.texts.connect(lambda documents, w=worker: w is self._worker and self.texts.emit(folder, documents))
        worker.finished.connect(lambda analysis, w=worker: self._done(w, lambda: self.finished.emit(folder, analysis)))
        worker.failed.connect(lambda message, w=worker: self._done(w, lambda: self.failed.emit(message)))
        self._worker = worker
        self._old = self._running() + [worker]
        self._told = None
        worker.hold = collector.Hold()  # before the thread runs: the window's thread collects (_collect_due)
        worker.start()
        self._poll.start()
        self._collect.start()

    def _tell_progress(self) -> None:
        """The running analysis's latest step, if it changed since the last one told."""
        latest = self._worker.latest if self._worker is not None else None
        if latest is not None and latest is not self._told:
            self._told = latest
            self.progress.emit(latest.fraction, latest.message)

    def _running(self) -> list[AnalysisWorker]:
        """The workers whose thread still runs."""
        return [w for w in self._old if w.thread is not None and w.thread.is_alive()]

    def _collect_due(self) -> None:
        """Collect what is due, here in the window's thread, while an analysis thread runs."""
        self._old = self._running()
        collector.collect_due()  # and, once every thread has ended, automatic collections come back
        if not self._old:
            self._collect.stop()

    def _done(self, worker: AnalysisWorker, report: Callable[[], None]) -> None:
        if worker is self._worker:  # results of a superseded or cancelled run are dropped
            self._worker = None
            self._poll.stop()
            report()

    def let_go(self) -> bool:
        """Stop listening to the running analysis and ask it to stop; whether there was one."""
        worker, self._worker = self._worker, None
        self._poll.stop()
        if worker is None:
            return False
        worker.cancel()
        return True

    def threads_running(self) -> bool:
        """Whether any worker thread (current or let go of) is still running."""
        return any(w.thread is not None and w.thread.is_alive() for w in self._old)

    def cancel(self) -> None:
        """Stop the running analysis: `cancelled` is reported at once; its thread ends at its next step."""
        if self.let_go():
            self.cancelled.emit()

    def wait(self, ms: int = WAIT_MS) -> None:
        """Cancel everything and give the threads up to `ms` in all to end (on close); a thread busy beyond that
        is a daemon thread and ends with the process."""
        self.let_go()
        deadline = time.monotonic() + ms / 1000
        for worker in self._old:
            worker.cancel()
        for worker in self._old:
            if worker.thread is not None:
                worker.thread.join(max(0.0, deadline - time.monotonic()))
        collector.settle()  # the threads that ended gave their holds back
