"""A quotation's word diff in a reader's words: which words became which, were dropped, added or moved."""

from __future__ import annotations

from collections.abc import Sequence

from readout_viewer.core.language.quote_marks import EDGE_ONLY, QUOTE_CHARS
from readout_viewer.core.model import ALTERED, NOT_FOUND, Quote

# Spaces and quotation marks around a changed run of a quotation's diff: the reason sets its own marks.
QUOTE_EDGES = " \n\t" + QUOTE_CHARS + EDGE_ONLY


def quote_reason(q: Quote) -> str:
    """Why a quotation is altered or not found, in words (the findings' reason, the inspector's line); "" otherwise."""
    if q.verdict == ALTERED:
        changes = "; ".join(quote_changes(q.diff or ())) or "the words differ"
        return f"{changes}; {q.detail}" if q.detail else changes
    if q.verdict == NOT_FOUND:
        return q.detail or "no official text of the folder holds these words"
    return ""


def quote_changes(diff: Sequence[tuple[int, str]]) -> list[str]:
    """Each change of a quotation's word diff (source → quotation) in a reader's words: '“over” became “for more
    than”', '“temporary” dropped', '“peace” added', '“today” moved' ("−over, +for more than" left the reader to guess
    the side)."""
    changes: list[tuple[str, str]] = []  # (words gone, words new), in the quotation's order
    pending: dict[int, str] = {}

    def flush() -> None:
        gone, new = pending.pop(-1, ""), pending.pop(1, "")
        if gone or new:
            changes.append((gone, new))

    for op, raw in diff:
        words = raw.strip(QUOTE_EDGES)
        if op == 0 or op in pending:
            flush()
        if op and words:
            pending[op] = words
    flush()
    return [f"“{gone}” became “{new}”" if gone and new else f"“{gone or new}” {kind}" for kind, gone, new
            in _moved(changes)]


def _moved(changes: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """The changes with their kind (became, dropped, added, moved): words dropped in one place and added in another
    (or added, then dropped) are one change, "moved", said where they first show (Daily Nation's quotation of a
    readout's opening read "“today” added; “today” dropped")."""
    left = list(changes)
    out: list[tuple[str, str, str]] = []
    while left:
        gone, new = left.pop(0)
        other = ("", gone) if gone and not new else (new, "") if new and not gone else None
        if other is not None and other in left:
            left.remove(other)
            out.append(("moved", gone or new, ""))
        else:
            out.append(("became" if gone and new else "dropped" if gone else "added", gone, new))
    return out
