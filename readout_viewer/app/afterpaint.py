"""Work the first paint does not need (the lists in the docks, the corrections, the window icon), run once the panes
or the window have painted."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A pane that is never painted (squeezed to nothing, covered by a floating dock) must not hold the docks back:
# the work then runs after this long anyway (ms). A first paint takes 60 ms here; a person does not reach for a
# dock within a quarter of a second of the texts appearing. Before the window's own first paint the time is counted
# from that paint: a start's first paint can come later than this after the work is scheduled (a loaded machine),
# and the work then ran first, the paint waiting for it (the docks filled, the Findings panel made).
LATEST_MS = 250


class AfterPaint(QObject):
    """One piece of work, run on the first turn of the event loop after every widget given has painted.

    A window that is not visible runs it at once (nothing will be painted to wait for); scheduling again replaces
    work not yet run, `flush()` runs it now and `cancel()` drops it. `parent` is the window: until it has painted
    once, the LATEST_MS fall-back waits for that paint."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._work: Callable[[], None] | None = None
        self._waiting: set[QObject] = set()
        self._latest = QTimer(self)
        self._latest.setSingleShot(True)
        self._latest.setInterval(LATEST_MS)
        self._latest.timeout.connect(self.flush)
        self._window_painted = not isinstance(parent, QWidget)
        if not self._window_painted:
            parent.installEventFilter(self)

    @property
    def pending(self) -> bool:
        return self._work is not None

    def schedule(self, widgets: Iterable[QWidget], work: Callable[[], None]) -> None:
        self.cancel()
        waiting = {w for w in widgets if w.isVisible()}
        if not waiting:
            work()
            return
        self._work, self._waiting = work, waiting
        for widget in waiting:
            widget.installEventFilter(self)
        if self._window_painted:
            self._latest.start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self._window_painted and watched is self.parent():
            self._window_painted = True
            watched.removeEventFilter(self)
            if self._work is not None:
                self._latest.start()
        if event.type() == QEvent.Type.Paint and watched in self._waiting:
            self._waiting.discard(watched)
            watched.removeEventFilter(self)
            if not self._waiting:  # after this paint is done: the texts are on the screen first
                work = self._work
                QTimer.singleShot(0, self, lambda: self._work is work and self.flush())
        return False

    def flush(self) -> None:
        """Run the pending work now (if any)."""
        work = self._work
        self.cancel()
        if work is not None:
            work()

    def cancel(self) -> None:
        self._work = None
        self._latest.stop()
        for widget in self._waiting:
            if widget is self.parent() and not self._window_painted:
                continue  # still watched for the window's first paint
            with contextlib.suppress(RuntimeError):  # a pane already deleted (another folder shown)
                widget.removeEventFilter(self)
        self._waiting = set()


class FirstPaint(QObject):
    """One piece of work run once, on the first turn of the event loop after `widget` first paints (the paint is not
    kept waiting for it), or after `latest_ms` if the widget has not painted by then (a window never shown)."""

    def __init__(self, widget: QWidget, work: Callable[[], None], latest_ms: int) -> None:
        super().__init__(widget)
        self._work: Callable[[], None] | None = work
        widget.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._run)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            work()
