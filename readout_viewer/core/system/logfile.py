"""The log file a person can attach to a bug report: a rotating file in the user's log directory, never sent."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TypeGuard

from readout_viewer import __version__
from readout_viewer.core.system import paths

# The logger every module of readout-viewer logs under (logging.getLogger(__name__) is a child of it).
LOGGER = "readout_viewer"
LOG_NAME = "readout-viewer.log"
# One file stays small enough to attach to a bug report (a session logs a few kB; a failing one a few tens);
# three old files keep the runs before the one that went wrong.
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    """Where the log is written: readout-viewer.log in the user's log directory."""
    return paths.log_dir() / LOG_NAME


class RotatingLog(logging.FileHandler):
    """A log file that moves to .1 (and .1 to .2, up to BACKUPS) before a record would take it past MAX_BYTES.

    The standard library's RotatingFileHandler does the same, but its module (logging.handlers) imports socket,
    pickle and queue: 12 ms of every start of the window, before its first paint.
    """

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record) + self.terminator  # formatted once: its size decides the turn-over
            if self.stream is None:
                self.stream = self._open()
            if self.stream.tell() > 0 and self.stream.tell() + len(line.encode("utf-8")) > MAX_BYTES:
                self._roll()
            self.stream.write(line)
            self.flush()
        except Exception:  # noqa: BLE001 - as logging does: a record that cannot be written is reported, not raised
            self.handleError(record)

    def _roll(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for n in range(BACKUPS - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()


def _ours(handler: logging.Handler) -> TypeGuard[RotatingLog]:
    return isinstance(handler, RotatingLog) and getattr(handler, "readout_viewer", False)


def current() -> Path | None:
    """The file the log goes to in this process, or None when logging to a file was not set up or failed."""
    for handler in logging.getLogger(LOGGER).handlers:
        if _ours(handler):
            return Path(handler.baseFilename)
    return None


def setup(command: str, level: int = logging.INFO) -> Path | None:
    """Send readout-viewer's log to the rotating file (once per process) and note who runs what; the file, or
    None when it cannot be written (a read-only home): the program then runs on, without a log file."""
    logger = logging.getLogger(LOGGER)
    logger.setLevel(level)
    found = current()
    if found is not None:
        return found
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingLog(path, encoding="utf-8")
    except OSError:
        return None
    handler.readout_viewer = True  # type: ignore[attr-defined]  # marks our handler among others
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    system = os.uname() if hasattr(os, "uname") else None  # platform.platform() reads the C library's file: ms
    where = f"{system.sysname}-{system.release}-{system.machine}" if system else sys.platform
    logger.info("readout-viewer %s %s on Python %s, %s%s", __version__, command, sys.version.split()[0], where,
                " (standalone build)" if getattr(sys, "frozen", False) else "")
    return path


def close() -> None:
    """Detach and close the log file (tests, and a process that moves its log)."""
    logger = logging.getLogger(LOGGER)
    for handler in [h for h in logger.handlers if _ours(h)]:
        logger.removeHandler(handler)
        handler.close()
