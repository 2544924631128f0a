"""`-h` / `--help` for the benchmarks that read plain arguments: a benchmark's module docstring is its usage."""

from __future__ import annotations

import sys

HELP_FLAGS = frozenset({"-h", "--help"})


def help_asked(doc: str | None, argv: list[str] | None = None) -> bool:
    """Print `doc` (the calling benchmark's docstring) and say so, when the arguments ask for help."""
    if HELP_FLAGS & set(sys.argv[1:] if argv is None else argv):
        print((doc or "").strip())
        return True
    return False
