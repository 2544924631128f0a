"""The window's status bar: the analysis's progress and Cancel at its right, the summary of what is shown at rest."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from readout_viewer.app.elided import ElidedLabel
from readout_viewer.app.panes.area import OPEN_HINT

# Steps of the progress bar (fine enough to move on every file) and its width in pixels.
PROGRESS_STEPS = 1000
PROGRESS_WIDTH = 260


class StatusLine(NamedTuple):
    progress: QProgressBar
    label: QLabel  # the step the analysis is at
    cancel: QPushButton
    summary: ElidedLabel  # what the window shows: the analysis's counts, or what to do


def build(bar: QStatusBar, cancel: Callable[[], None]) -> StatusLine:
    """The widgets, placed in `bar`; the progress hidden until an analysis runs, Cancel calling `cancel`."""
    progress = QProgressBar()
    progress.setRange(0, PROGRESS_STEPS)
    progress.setMaximumWidth(PROGRESS_WIDTH)
    label = QLabel()
    button = QPushButton("Cancel")
    button.setToolTip("Stop the analysis (Esc)")
    button.clicked.connect(cancel)
    for w in (label, progress, button):
        bar.addPermanentWidget(w)
        w.hide()
    # At rest: a hint or notice covers it for its seconds, then it is back. The analysis's counts were a notice
    # themselves, and "The panels moved…" (a laptop's first arrangement of the docks) replaced them.
    summary = ElidedLabel(OPEN_HINT)
    summary.setAccessibleName("Summary of the analysis")
    bar.addWidget(summary, 1)
    return StatusLine(progress, label, button, summary)
