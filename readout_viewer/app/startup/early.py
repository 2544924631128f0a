"""Before Qt is imported: the folder a start opens, its analysis started in a child process, and the window's job
that takes it (core/system/prestart.py says why)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING

from readout_viewer.app import settings_file
from readout_viewer.core.model import Analysis, Progress
from readout_viewer.core.system import cache

if TYPE_CHECKING:  # multiprocessing is imported only when a child is started: not by a warm start
    from readout_viewer.core.system import prestart

# Set to 0 (or off, no, false) to analyse the first folder in the window's process, as any other folder is (for
# measuring: benchmarks/startup.py's cold-thread variant; or where a child process misbehaves).
PRESTART_ENV = "READOUT_VIEWER_PRESTART"

# A cached analysis this large or smaller (bytes of the compressed entry) is read in the window's thread before its
# first paint, which then shows it whole (corpus/'s 69 kB entry: 20-30 ms); a larger one (500 articles: about 2 MB,
# 0.5 s) is read by the worker thread as before, so that the window shows itself, waiting, at once.
READ_BEFORE_PAINT_MAX_BYTES = 400_000

# The window's job: a folder's analysis, given the folder's cache key when it is known (`known_key=`).
Job = Callable[..., Generator[Progress, None, Analysis]]


def choose_folder(folder: Path | None, last: Path | None, default: Path | None) -> Path | None:
    """The folder given, else the last one opened (if it still exists), else the bundled corpus."""
    if folder is not None:
        return folder
    if last is not None and last.is_dir():
        return last
    return default


def enabled() -> bool:
    return os.environ.get(PRESTART_ENV, "").strip().lower() not in ("0", "off", "no", "false")


def begin(folder: Path | None, default: Path | None) -> prestart.Prestart | None:
    """The analysis of the folder this start will open, started in a child process: None when there is no folder,
    when its analysis is in the cache (the window's thread reads it sooner than a child would send it), or when
    no child can be started."""
    return _begin(folder, default)[0]


def first_job(folder: Path | None, default: Path | None, job: Job) -> FirstJob:
    """The window's job for this start, its first folder's analysis begun (call before any thread and Qt)."""
    started, held = _begin(folder, default)
    return FirstJob(started, job, held)


def _begin(folder: Path | None, default: Path | None) -> tuple[prestart.Prestart | None, tuple[Path, str] | None]:
    """begin()'s child, or, when the cache holds the folder, the folder and its key (the window's thread then
    reads the entry without walking the folder again)."""
    target = choose_folder(folder, settings_file.last_folder(), default)
    if target is None or not enabled():
        return None, None
    use_cache = cache.enabled()
    held = cache.held_key(target) if use_cache else None
    if held is not None:
        return None, (Path(target), held)
    from readout_viewer.core.system import prestart
    return prestart.start(target, use_cache), None


def _small(key: str) -> bool:
    try:
        return cache.entry_size(key) <= READ_BEFORE_PAINT_MAX_BYTES
    except OSError:  # gone since the start looked: the job finds out
        return False


class FirstJob:
    """The window's job: the prestarted analysis for the folder it was started for, the first time that folder is
    opened with the same use of the cache (or, when the cache held it at launch, `job` given the key worked out
    then); `job(folder)` otherwise. Called from the worker's thread."""

    def __init__(self, started: prestart.Prestart | None, job: Job, held: tuple[Path, str] | None = None) -> None:
        self._started = started
        self._held = held
        self._job = job
        self._lock = threading.Lock()

    def __call__(self, folder: Path) -> Generator[Progress, None, Analysis]:
        started = self._take()
        with self._lock:
            held, self._held = self._held, None
        if started is not None and started.matches(Path(folder), cache.enabled()):
            return started.run()
        if started is not None:
            started.stop()
        if held is not None and held[0] == Path(folder) and cache.enabled():
            return self._job(folder, known_key=held[1])
        return self._job(folder)

    def cached(self, folder: Path) -> Analysis | None:
        """The folder's analysis read from the cache now, when the start found it there for this folder and it is
        small enough to read before the first paint (READ_BEFORE_PAINT_MAX_BYTES); else None (the job then reads
        it, or analyses the folder, in the worker's thread)."""
        with self._lock:
            held = self._held
            if held is None or held[0] != Path(folder) or not cache.enabled() or not _small(held[1]):
                return None
            self._held = None
        return cache.load(held[1], str(folder))

    def keep_for(self, target: Path | None) -> None:
        """Stop the child now unless the window is about to open what it analyses."""
        with self._lock:
            keep = self._started is not None and target is not None and self._started.matches(
                Path(target), cache.enabled())
        if not keep:
            started = self._take()
            if started is not None:
                started.stop()

    def _take(self) -> prestart.Prestart | None:
        with self._lock:
            started, self._started = self._started, None
        return started
