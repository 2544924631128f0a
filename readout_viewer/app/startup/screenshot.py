"""`--screenshot`: open a folder offscreen, wait for its analysis, draw the default panes and save the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer


def take(app, window, folder: Path | None, png: Path, size: tuple[int, int], timeout_ms: int) -> int:
    """Save `window` showing `folder` as PNG; returns the exit code."""
    if folder is None:
        print("readout-viewer: no folder to show", file=sys.stderr)
        return 2
    window.resize(*size)
    window.show()
    loop = QEventLoop()
    outcome: list[str] = []
    window.analysis_shown.connect(lambda: (outcome.append("ok"), loop.quit()))
    window.runner.failed.connect(lambda message: (outcome.append(message), loop.quit()))
    window.runner.cancelled.connect(lambda: (outcome.append("cancelled"), loop.quit()))
    QTimer.singleShot(timeout_ms, lambda: (outcome.append("timed out"), loop.quit()))
    window.open_folder(folder)
    loop.exec()
    window.runner.wait()
    if outcome[:1] != ["ok"]:
        print(f"readout-viewer: the analysis did not finish: {outcome[:1]}", file=sys.stderr)
        return 1
    for _ in range(5):  # let layouts settle and the gutters paint
        app.processEvents()
    window.area.select_first_link()
    app.processEvents()
    png.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(png), "PNG")
    if not ok:
        print(f"readout-viewer: cannot write {png}", file=sys.stderr)
        return 1
    return 0
