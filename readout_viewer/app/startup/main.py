"""Starting the viewer: pick the folder, open the window, or take a screenshot, or install the launcher."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from readout_viewer.app.startup import early, qtcheck
from readout_viewer.app.startup.early import choose_folder
from readout_viewer.core.system import collector

if TYPE_CHECKING:  # Qt's types for the annotations only: this module runs before Qt is imported
    from PySide6.QtWidgets import QApplication, QWidget

__all__ = ["choose_folder", "run_gui"]

# Size of the window a screenshot shows: a common laptop-to-desktop width where three panes and docks fit.
SCREENSHOT_SIZE = (1600, 1000)
# Longest wait for the analysis of a screenshot folder, in milliseconds.
SCREENSHOT_TIMEOUT_MS = 120_000
# How often (seconds) a busy analysis thread hands Python to the window's thread when it waits for it. At Python's
# 5 ms default each call the window makes into Qt waits up to 5 ms behind the analysis: three texts took 103-152 ms
# to show instead of 46-90 ms (benchmarks/busy.py), and a cold start painted its texts 0.7-0.9 s after they were
# read. The analysis loses nothing while the window is idle.
UI_SWITCH_INTERVAL_S = 0.0002
# The window icon is drawn once the window has first painted: drawing it from the SVG loads Qt's SVG module and
# renders 7 sizes (20-30 ms). A timer of 500 ms from the start, as before, fired before a warm start's first paint
# whenever that paint came later than 0.5 s (every run of the fifteenth session's benchmarks), which then waited for
# it. A window not painted this long after it is made (ms) gets its icon anyway.
ICON_LATEST_MS = 3000
# Python's cyclic garbage collector is held off from the moment the first folder's child is forked (the child collects
# as usual) until the window's first paint. The start allocates what it keeps for the session (modules, classes,
# PySide6's enum types, widgets, the cached analysis's records), and the collector went over it 78 times before a warm
# start's first paint (15-20 ms of CPU, 22 M of 1,531 M instructions), freeing next to nothing. Once the window has
# painted, or after ICON_LATEST_MS if it never does, it collects again, its first pass taking in what was allocated
# meanwhile: the work is moved after the first paint, not saved.
# Exit code when the window cannot open here (no display, a missing system library), as for other bad input.
CANNOT_START = 2

log = logging.getLogger(__name__)


def _cannot_start(sentence: str) -> int:
    log.error("%s", sentence)
    print(sentence, file=sys.stderr)
    return CANNOT_START


def _application():
    from PySide6.QtWidgets import QApplication

    from readout_viewer.app.settings_file import APPLICATION, ORGANIZATION
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("readout-viewer")
    return app


def _icon_after_paint(app: QApplication, window: QWidget) -> None:
    """The window icon, drawn from the SVG once the window has first painted (ICON_LATEST_MS)."""
    from readout_viewer.app.afterpaint import FirstPaint
    FirstPaint(window, lambda: _set_icon(app), ICON_LATEST_MS)


def _set_icon(app: QApplication) -> None:
    """The window icon, drawn from the SVG (20 ms of Qt's SVG module and 7 sizes, off the first paint's path)."""
    from readout_viewer.app.icon import app_icon
    app.setWindowIcon(app_icon())


def _window_job(folder: Path, known_key: str | None = None):
    from readout_viewer.app.window import default_job
    return default_job(folder, known_key)


def run_gui(folder: Path | None, screenshot: Path | None, install_desktop: bool, default_folder: Path | None,
            screenshot_size: tuple[int, int] | None = None) -> int:
    """The viewer's entry point (called by the CLI); returns the process exit code."""
    if install_desktop:
        from readout_viewer.app.startup.desktop import install
        return install()
    if folder is not None and not folder.is_dir():
        print(f"readout-viewer: {folder} is not a folder", file=sys.stderr)
        return 2
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # asked for: the picture is drawn in memory
    first = early.first_job(folder, default_folder, _window_job)  # before any thread and Qt
    start = collector.Hold()  # until the first paint (see above)
    try:
        return _start(first, folder, screenshot, default_folder, screenshot_size, start)
    finally:
        start.release()


def collect_after_paint(window: QWidget, start: collector.Hold) -> None:
    """The start's hold on Python's garbage collector released once `window` has first painted (ICON_LATEST_MS at
    the latest)."""
    from readout_viewer.app.afterpaint import FirstPaint
    FirstPaint(window, start.release, ICON_LATEST_MS)


def _start(first: early.FirstJob, folder: Path | None, screenshot: Path | None, default_folder: Path | None,
           screenshot_size: tuple[int, int] | None, start: collector.Hold) -> int:
    """The window's start once the first folder's analysis has begun: Qt checked and started, the window opened."""
    found = qtcheck.check()
    if found.problem is not None:  # said before Qt aborts the process with its own message
        first.keep_for(None)
        return _cannot_start(found.problem)
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
    try:
        app = _application()
    except ImportError as exc:  # a library of Qt's GUI module itself is missing
        first.keep_for(None)
        return _cannot_start(qtcheck.import_error_sentence(exc))
    from readout_viewer.app.startup import crash
    crash.install(app)
    from readout_viewer.app.settings import Settings
    from readout_viewer.app.window import MainWindow
    settings = Settings()
    target = choose_folder(folder, settings.last_folder(), default_folder)
    first.keep_for(target)  # Qt's reading of the settings is the one that counts
    if screenshot is not None:  # show the defaults, and leave the user's settings alone
        settings = Settings(Path(tempfile.mkdtemp(prefix="readout-viewer-")) / "screenshot.ini")
    window = MainWindow(settings, job=first)
    _icon_after_paint(app, window)
    collect_after_paint(window, start)
    from readout_viewer.app.startup import trace
    trace.install(window)
    if screenshot is not None:
        from readout_viewer.app.startup.screenshot import take
        return take(app, window, target, screenshot, screenshot_size or SCREENSHOT_SIZE, SCREENSHOT_TIMEOUT_MS)
    window.show()
    if target is not None:
        window.open_folder(target)
    return app.exec()
