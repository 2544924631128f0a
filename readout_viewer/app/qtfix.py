"""A guard against a reference-count bug of PySide6 6.12 on Python 3.11: calls drop references to None and True.

Every Signal.emit() from Python, and every call of a method returning None (setEnabled, parent()...), takes one
reference from True or None without having given one. Python 3.12+ makes these objects immortal so nothing
happens; on 3.11 the count reaches zero after some thousands of calls and the interpreter aborts
("deallocating None"). Padding their counts once makes them as good as immortal, like 3.12 does.
"""

from __future__ import annotations

import ctypes
import sys

# Added to the counts of None, True and False: far more stray decrements than any session can make (one per call).
PAD = 1 << 40


def immortalize_singletons() -> bool:
    """Pad the reference counts of None, True and False once per process; True when padding was done now."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or sys.getrefcount(None) > PAD:
        return False
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += PAD  # ob_refcnt is the first field of every object
    return True
