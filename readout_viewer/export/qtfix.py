"""A guard against a PySide6 reference bug: some builds drop a reference to None on every void Qt call.

Measured with PySide6 6.12.0 on CPython 3.11: each call of a method returning nothing (QPainter.setPen,
QTextLine.draw, QPointF.setX...) lowers None's reference count by one. A PDF export makes tens of thousands
of such calls, and CPython aborts ("deallocating None") when the count reaches zero. CPython 3.12 and later
make None immortal, so there the bug is harmless and the guard does nothing.
"""

from __future__ import annotations

import ctypes
import sys

# References to None added when the bug is detected: far more than any session makes void Qt calls.
NONE_TOP_UP = 1 << 40
# Calls made to detect the bug: enough to see a steady loss, not a stray reference elsewhere.
PROBE_CALLS = 64


def none_leaks_per_call() -> float:
    """How many references to None one void PySide6 call drops (0 on a sound build)."""
    from PySide6.QtCore import QPointF
    probe = QPointF()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setX(1.0)
    return max(0, before - sys.getrefcount(None)) / PROBE_CALLS


def guard_none_refcount() -> bool:
    """Top up None's reference count when the running PySide6 leaks it; True when the guard was applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if none_leaks_per_call() < 0.5:
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += NONE_TOP_UP
    return True
