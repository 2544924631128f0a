"""Starting the viewer: pick the folder, open the window, or take a screenshot, or install the launcher."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

# Size of the window a screenshot shows: a common laptop-to-desktop width where three panes and docks fit.
SCREENSHOT_SIZE = (1600, 1000)
# Longest wait for the analysis of a screenshot folder, in milliseconds.
SCREENSHOT_TIMEOUT_MS = 120_000


def _application():
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display: run headless rather than abort
    from PySide6.QtWidgets import QApplication

    from readout_viewer.app.icon import app_icon
    from readout_viewer.app.settings import APPLICATION, ORGANIZATION
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("readout-viewer")
    app.setWindowIcon(app_icon())
    return app


def choose_folder(folder: Path | None, last: Path | None, default: Path | None) -> Path | None:
    """The folder given, else the last one opened (if it still exists), else the bundled corpus."""
    if folder is not None:
        return folder
    if last is not None and last.is_dir():
        return last
    return default


def run_gui(folder: Path | None, screenshot: Path | None, install_desktop: bool, default_folder: Path | None) -> int:
    """The viewer's entry point (called by the CLI); returns the process exit code."""
    if install_desktop:
        from readout_viewer.app.desktop import install
        return install()
    if folder is not None and not folder.is_dir():
        print(f"readout-viewer: {folder} is not a folder", file=sys.stderr)
        return 2
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = _application()
    from readout_viewer.app.settings import Settings
    from readout_viewer.app.window import MainWindow
    settings = Settings()
    target = choose_folder(folder, settings.last_folder(), default_folder)
    if screenshot is not None:  # show the defaults, and leave the user's settings alone
        settings = Settings(Path(tempfile.mkdtemp(prefix="readout-viewer-")) / "screenshot.ini")
    window = MainWindow(settings)
    if screenshot is not None:
        from readout_viewer.app.screenshot import take
        return take(app, window, target, screenshot, SCREENSHOT_SIZE, SCREENSHOT_TIMEOUT_MS)
    window.show()
    if target is not None:
        window.open_folder(target)
    return app.exec()
