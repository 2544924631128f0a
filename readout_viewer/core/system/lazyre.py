"""A regular expression compiled when first used: the patterns of rare inputs cost nothing to a folder without them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

# The compiled pattern's methods that a LazyPattern hands on; after the first use they are its own attributes, so a
# call costs what a compiled pattern's does.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """`re.compile(pattern, flags)`, done the first time one of its methods is asked for.

    Compiling is Python code in the `re` module (about 1 µs a character of pattern): a module's patterns for what few
    texts hold (a dateline, a byline, a wire tag, an HTML tag) were a few ms of every first analysis. Each object
    memoises one pure function of its own arguments: bounded by one compiled pattern.
    """

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]
    subn: Callable[..., tuple[str, int]]
    split: Callable[..., list[Any]]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags

    def __getattr__(self, name: str) -> Any:
        """Compile on the first use of a method, and keep the compiled pattern's methods as this object's own."""
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)
