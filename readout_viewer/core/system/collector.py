"""Fewer garbage collections while an analysis runs: it builds many objects that live on, few reference cycles."""

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
