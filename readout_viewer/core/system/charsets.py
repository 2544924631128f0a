"""re's character sets reaching past Latin-1 built once a process: the same compiled patterns, each set's map made once.

re compiles a set holding a character past Latin-1 in more than two runs ("[\\w’'-]", "[^,.;:\\"“”]", "[,\\"”]") as a
map of the 65,536 characters cut in 256 blocks, each hashed to share the equal ones: about 2.3 M instructions a set,
each time a pattern holds one (twice when one opens the pattern). A first analysis of corpus/ compiles some 125 such
sets, most of them a few sets over again (a name's letters with the curly apostrophe, a quotation's marks). re's
`_optimize_charset` is a pure function of the set and of the case functions it is given, and its callers only read
what it gives back: given again for a set met before, every pattern compiles to the code it compiled to
(tests/core/system/test_shared_charsets.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# Sets kept at most: a process compiles a few hundred patterns holding a few dozen different sets; the bound keeps one
# that compiles patterns without end (each folder's names) from keeping every set it ever met.
MAX_SETS = 1024

_Build = Callable[..., tuple[list[Any], bool]]


def share() -> None:
    """Put the memo in front of re's set builder, once a process (nothing where re has none of that name)."""
    compiler = getattr(re, "_compiler", None) or getattr(re, "sre_compile", None)
    build = getattr(compiler, "_optimize_charset", None)
    if build is not None and not hasattr(build, "__wrapped__"):
        compiler._optimize_charset = shared(build)  # type: ignore[union-attr]


def shared(build: _Build) -> _Build:
    """`build` giving again, for a set and case functions met before, what it gave the first time (a copy of its list:
    the callers read it, and the code they make copies what it holds)."""
    made: dict[tuple[Any, ...], tuple[list[Any], bool]] = {}

    def optimize(charset: list[Any], iscased: Any = None, fixup: Any = None, fixes: Any = None
                 ) -> tuple[list[Any], bool]:
        key = (tuple(charset), iscased, fixup, id(fixes))
        found = made.get(key)
        if found is None:
            found = build(charset, iscased, fixup, fixes)
            if len(made) < MAX_SETS:
                made[key] = found
        return list(found[0]), found[1]

    optimize.__wrapped__ = build  # type: ignore[attr-defined]
    return optimize
