"""READOUT_VIEWER_TRACE_STARTUP=1: the viewer says on standard error when its texts and highlights are first painted."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TextIO

from PySide6.QtCore import QEvent, QObject, SignalInstance

from readout_viewer.app.protocols import ViewerWindow

# Set to 1 to have the viewer print, to standard error, `readout-viewer trace: <event> <time.monotonic()>
# <time.process_time()>` (the machine's clock, and the CPU seconds this process has used) when the texts are first
# painted, when the analysis answers, when its highlights are first painted and when the docks and
# corrections are filled after that paint ("settled", not awaiting a paint of their own) (benchmarks/startup.py
# reads them: the monotonic clock is the machine's, so another process can subtract the time it started this one).
TRACE_ENV = "READOUT_VIEWER_TRACE_STARTUP"


def _say(out: TextIO, event: str) -> None:
    print(f"readout-viewer trace: {event} {time.monotonic():.6f} {time.process_time():.6f}", file=out, flush=True)


class Paints(QObject):
    """The paints awaited, in the order they were armed: each is said once every pane shown when it was armed
    has painted (one filter for all, so that two awaiting the same paint are said in that order)."""

    def __init__(self, window: ViewerWindow, say: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window, self.say = window, say
        self.armed: list[tuple[str, set]] = []

    def arm(self, event: str) -> None:
        viewports = {pane.text.viewport() for pane in self.window.area.panes}
        if not viewports:  # no pane to paint (a folder with nothing to show)
            self.say(event)
            return
        for viewport in viewports:
            viewport.installEventFilter(self)
        self.armed.append((event, viewports))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            for name, waiting in list(self.armed):
                waiting.discard(watched)
                if not waiting:
                    self.armed.remove((name, waiting))
                    self.say(name)
            if not self.armed:  # nothing awaited: paints no longer pass through here
                watched.removeEventFilter(self)
        return False


def install(window: ViewerWindow, stream: TextIO | None = None) -> None:
    """When TRACE_ENV is set: print each event once, a paint being the moment every pane has painted after it."""
    if os.environ.get(TRACE_ENV, "").strip().lower() not in ("1", "true", "yes", "on"):
        return
    out = stream if stream is not None else sys.stderr

    def say(event: str) -> None:
        _say(out, event)

    paints = Paints(window, say)

    def once(signal: SignalInstance, event: str, answered: str | None = None, painted: bool = True) -> None:
        def armed() -> None:
            signal.disconnect(armed)
            if answered:
                say(answered)
            if painted:
                paints.arm(event)
            else:
                say(event)
        signal.connect(armed)

    once(window.texts_shown, "texts-painted")
    once(window.highlights_shown, "highlights-painted", answered="analysis-answered")
    once(window.analysis_shown, "settled", painted=False)  # the docks and corrections filled too
