"""Unexpected errors in the viewer: written to the log with their traceback, and shown in a dialog that gives the
message and the log's path (for a bug report) instead of vanishing with the console a double-click never shows."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from readout_viewer.core.system import logfile

log = logging.getLogger(__name__)
# Qt's own messages go to the log at these levels (debug messages are left out: they are many and say little).
_QT_LEVELS = {QtMsgType.QtInfoMsg: logging.INFO, QtMsgType.QtWarningMsg: logging.WARNING,
              QtMsgType.QtCriticalMsg: logging.ERROR, QtMsgType.QtFatalMsg: logging.CRITICAL}


def report_text(exc: BaseException, log_path: Path | None) -> str:
    """What the dialog says: the error in one line, where the details are, and that the work is safe."""
    where = (f"The details are in the log file:\n{log_path}\nPlease attach it to a bug report." if log_path
             else "No log file could be written (see the console for the details).")
    return (f"readout-viewer met an unexpected error:\n\n{type(exc).__name__}: {exc}\n\n{where}\n\nYour corrections "
            "are saved as you make them; the viewer goes on running.")


class Reporter:
    """Logs an uncaught exception and shows it in a dialog, one dialog at a time (an error inside the dialog, or
    a burst of them from a paint handler, must not stack up windows)."""

    def __init__(self, show=None) -> None:
        self.showing = False
        self.shown = 0
        self._show = show or self._dialog

    def __call__(self, kind, exc, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("Unexpected error", exc_info=(kind, exc, tb))
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        try:
            self.shown += 1
            self._show(report_text(exc, logfile.current()))
        finally:
            self.showing = False

    @staticmethod
    def _dialog(text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # its type is made when first used: not on every start's path
        box = QMessageBox(QMessageBox.Icon.Critical, "readout-viewer: unexpected error", text,
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
        box.exec()


def _qt_message(kind, context, message: str) -> None:
    level = _QT_LEVELS.get(kind)
    if level is not None:
        logging.getLogger("readout_viewer.qt").log(level, "%s", message)
        if level >= logging.ERROR:  # a console user still sees what matters; Qt's chatter stays in the log
            print(message, file=sys.stderr)


def install(app: QApplication) -> Reporter:
    """Catch uncaught exceptions of the GUI thread and of other threads; route Qt's messages to the log."""
    reporter = Reporter()
    sys.excepthook = reporter
    threading.excepthook = lambda args: log.error("Unexpected error in a thread", exc_info=(
        args.exc_type, args.exc_value, args.exc_traceback))
    qInstallMessageHandler(_qt_message)
    app.aboutToQuit.connect(lambda: log.info("the viewer closed"))
    return reporter
