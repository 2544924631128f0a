"""A long pattern searched only where a short part of it that every match holds is found, and compiled only then."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from readout_viewer.core.system.lazyre import LazyPattern


class Triggered:
    """`re.compile(pattern, flags)` for search() and finditer(), tried only where `trigger` matches first.

    `trigger` is a piece of `pattern` that every match of it holds, in its place in the same string: a substring that
    stands in the pattern's concatenation at its top level or in a group taken once (never inside an alternative, an
    optional part or a repeat), or such a run of the concatenation across the bounds of named groups taken once
    (their parentheses left out: "\\bin\\s+a statement from" of "\\bin\\s+(?P<phrase>a statement from ...)"). Where
    the trigger finds nothing, searched with the same bounds, the pattern finds nothing either, so it is not compiled
    for that text. Compiling is Python code in the `re` module: a cue
    pattern holding a folder's names is 1,000-2,000 characters, 10-20 M instructions; its trigger ("described by",
    a document noun then "from") a tenth of that, and for a construction no sentence of the folder holds, all.
    Without a trigger the pattern is compiled at its first use.
    """

    def __init__(self, pattern: str, trigger: str | None = None, flags: int = 0) -> None:
        if trigger is not None and trigger not in pattern and trigger not in _ungrouped(pattern):
            raise ValueError(f"the trigger {trigger!r} is not a part of the pattern")
        self.pattern, self.trigger, self.flags = pattern, trigger, flags  # the trigger kept: tests read it
        self._whole = LazyPattern(pattern, flags)
        self._trigger = LazyPattern(trigger, flags) if trigger is not None else None

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The pattern's first match in string[pos:endpos], as re.Pattern.search gives it."""
        if self._trigger is not None and self._trigger.search(string, pos, endpos) is None:
            return None
        return self._whole.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """The pattern's matches in string[pos:endpos], as re.Pattern.finditer gives them."""
        if self._trigger is not None and self._trigger.search(string, pos, endpos) is None:
            return iter(())
        return self._whole.finditer(string, pos, endpos)


# A named group's opening: a group taken once adds nothing to what its part of the concatenation matches.
_NAMED = re.compile(r"\(\?P<\w+>")


def _ungrouped(pattern: str) -> str:
    """The pattern without the parentheses of its named groups that no repeat or "?" follows (for the trigger's check:
    a run of the concatenation across their bounds)."""
    drop: set[int] = set()
    for opening in _NAMED.finditer(pattern):
        depth, i = 0, opening.start()
        while True:  # to the group's close, past escapes and sets
            ch = pattern[i]
            if ch == "\\":
                i += 2
                continue
            if ch == "[":  # to the set's "]": past escapes, a "^" and a first "]", which are its own
                i += 1 + (pattern[i + 1:i + 2] == "^")
                i += pattern[i:i + 1] == "]"
                while pattern[i] != "]":
                    i += 2 if pattern[i] == "\\" else 1
            depth += (ch == "(") - (ch == ")")
            if depth == 0:
                break
            i += 1
        if pattern[i + 1:i + 2] not in ("?", "*", "+", "{"):
            drop |= {*range(opening.start(), opening.end()), i}
    return "".join(ch for i, ch in enumerate(pattern) if i not in drop)
