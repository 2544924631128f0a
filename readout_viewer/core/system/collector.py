"""Python's cyclic collector during analyses: fewer collections (an analysis builds much that lives on, few cycles),
and none in an analysis thread while a viewer runs one (`Hold`: the viewer's thread collects instead)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# The collector's youngest-generation threshold during an analysis (Python's default is 700 allocations of container
# objects). An analysis keeps most of what it builds (tokens, terms, claims), so each young collection finds little
# to free and passes it on to the older generations, which are traversed again and again as they grow: 94 young,
# 9 middle and one full collection, about 33 ms of a first analysis of corpus/ (~720 ms). At this threshold a
# first analysis makes one young collection; the garbage that refcounting frees (nearly all of it) is freed as
# before, and cycles wait at most this many allocations.
YOUNG_THRESHOLD = 20_000

_lock = threading.Lock()
_active = 0  # analyses running now (threads of one viewer share the collector's thresholds)
_saved: tuple[int, int, int] = (0, 0, 0)
_holds = 0  # Holds not yet released (the start's, one per analysis thread of a viewer, a theme change)
_was_enabled = True  # whether automatic collections were on before the first of the Holds now in force
_restore_pending = False  # the last Hold was released outside the main thread: the main thread turns them back on


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the youngest generation's threshold to YOUNG_THRESHOLD (never lower it) while the block runs; the
    thresholds found are put back when the last of the blocks running at once ends."""
    global _active, _saved
    with _lock:
        if _active == 0:
            _saved = gc.get_threshold()
            young, *older = _saved
            gc.set_threshold(max(young, YOUNG_THRESHOLD), *older)
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0:
                gc.set_threshold(*_saved)


class Hold:
    """Automatic collections off until release() (once; again does nothing), as long as any other Hold is in force.

    A collection frees the garbage it finds in the thread that runs it, and a Qt object in a reference cycle (a
    closed window, a pane let go of, a dialog) then deleted its C++ widgets from that thread. In the viewer, while
    an analysis thread ran, that thread's allocations set the collections off, and Qt's widgets were deleted under
    the window's thread as it walked them: a segfault in setStyle, or a freed widget left in Qt's list of all
    widgets, in one CI run in two (tests/app/test_collector_thread.py). So the viewer holds automatic collections
    off while an analysis thread runs, and its own thread collects (collect_due). A release in another thread only
    counts down: automatic collections come back in the main thread (its next release, settle or collect_due), never
    in a thread that could run one at once.
    """

    def __init__(self) -> None:
        global _holds, _was_enabled
        with _lock:
            if _holds == 0 and not _restore_pending:
                _was_enabled = gc.isenabled()
            _holds += 1
            gc.disable()
        self._held = True

    def release(self) -> None:
        global _holds, _restore_pending
        with _lock:
            if not self._held:
                return
            self._held = False
            _holds -= 1
            _restore_pending = _holds == 0 and _was_enabled
        settle()


def holds() -> int:
    """How many Holds are in force now."""
    with _lock:
        return _holds


def settle() -> None:
    """In the main thread: automatic collections on again if no Hold is in force and they were on before."""
    global _restore_pending
    if threading.current_thread() is not threading.main_thread():
        return
    with _lock:
        if _restore_pending and _holds == 0:
            gc.enable()
        _restore_pending = False if _holds == 0 else _restore_pending


@contextmanager
def held() -> Iterator[None]:
    """No automatic collection while the block runs."""
    hold = Hold()
    try:
        yield
    finally:
        hold.release()


def collect_due() -> int:
    """What the automatic collector would collect now, collected in the caller's thread (the main one): the oldest
    generation whose count of new objects is past its threshold, with the younger ones; -1 if none was due."""
    settle()
    counts, limits = gc.get_count(), gc.get_threshold()
    due = [generation for generation in range(3) if limits[generation] and counts[generation] > limits[generation]]
    if not due:
        return -1
    gc.collect(due[-1])
    return due[-1]
