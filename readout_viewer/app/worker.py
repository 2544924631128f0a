"""Runs an analysis generator off the UI thread, reporting progress, and stops between steps when cancelled."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Generator
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from readout_viewer.core import logfile
from readout_viewer.core.model import Analysis, Progress

log = logging.getLogger(__name__)

# How long closing waits for a cancelled analysis to reach its next step (ms): one engine step is far shorter.
WAIT_MS = 5000

Job = Callable[[], Generator[Progress, None, Analysis]]


class AnalysisWorker(QObject):
    """Calls next() on the job's generator in a loop; `cancel()` (any thread) stops it at the next step."""

    progress = Signal(float, str)
    finished = Signal(object)  # Analysis
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @Slot()
    def run(self) -> None:
        try:
            gen = self._job()
            while True:
                if self._stop.is_set():
                    gen.close()
                    self.cancelled.emit()
                    return
                try:
                    step = next(gen)
                except StopIteration as stop:
                    self.finished.emit(stop.value)
                    return
                self.progress.emit(step.fraction, step.message)
        except Exception as exc:  # the engine failed: tell the user rather than crash the window
            log.exception("The analysis failed")  # the traceback goes to the log file
            where = logfile.current()
            self.failed.emit(f"{type(exc).__name__}: {exc}" + (f" (details in {where})" if where else ""))


class AnalysisRunner(QObject):
    """Owns one worker thread at a time; starting a new analysis cancels the previous one."""

    progress = Signal(float, str)
    finished = Signal(object, object)  # folder, Analysis
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: AnalysisWorker | None = None
        self._old: list[tuple[QThread, AnalysisWorker]] = []

    def busy(self) -> bool:
        return self._worker is not None

    def start(self, folder: Path, job: Job) -> None:
        self.cancel()
        thread, worker = QThread(), AnalysisWorker(job)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self.progress)
        worker.finished.connect(lambda analysis, w=worker: self._done(w, lambda: self.finished.emit(folder, analysis)))
        worker.cancelled.connect(lambda w=worker: self._done(w, self.cancelled.emit))
        worker.failed.connect(lambda message, w=worker: self._done(w, lambda: self.failed.emit(message)))
        for signal in (worker.finished, worker.cancelled, worker.failed):
            signal.connect(thread.quit)
        thread.finished.connect(lambda t=thread, w=worker: self._reap(t, w))
        self._thread, self._worker = thread, worker
        self._old.append((thread, worker))
        thread.start()

    def _done(self, worker: AnalysisWorker, report: Callable[[], None]) -> None:
        if worker is self._worker:  # results of a superseded run are dropped
            self._thread = self._worker = None
            report()

    def _reap(self, thread: QThread, worker: AnalysisWorker) -> None:
        self._old = [(t, w) for t, w in self._old if t is not thread]
        worker.deleteLater()
        thread.deleteLater()

    def threads_running(self) -> bool:
        """Whether any worker thread (current or superseded) is still running."""
        return any(thread.isRunning() for thread, _ in self._old)

    def cancel(self) -> None:
        """Ask the running analysis to stop; it reports `cancelled` once it has."""
        if self._worker is not None:
            self._worker.cancel()

    def wait(self, ms: int = WAIT_MS) -> None:
        """Cancel everything and wait for the threads to end (on close)."""
        for thread, worker in list(self._old):
            worker.cancel()
            thread.quit()
            thread.wait(ms)
