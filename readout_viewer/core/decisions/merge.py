"""Three-way merge of decision entries: what two writers of one decisions file changed since they last agreed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from typing import Any

from readout_viewer.core.decisions.file import FileContent


def _identity(d: Any) -> Hashable:
    """What makes two entries the same entry (hand-added keys may hold lists, which do not hash)."""
    try:
        hash(d)
        return d
    except TypeError:
        return repr(d)


def merge3(theirs: Sequence[Any], base: Sequence[Any], ours: Sequence[Any]) -> list[Any]:
    """The entries after both sides' changes since `base`: each side's additions kept, each side's deletions
    honoured only when the other side did not change that entry; when both changed it, the larger count wins
    (nothing is dropped by a tie). Their order first, then ours."""
    count_t = Counter(_identity(d) for d in theirs)
    count_b = Counter(_identity(d) for d in base)
    count_o = Counter(_identity(d) for d in ours)
    wanted: dict[Hashable, int] = {}
    for key in {**count_t, **count_o}:
        t, b, o = count_t[key], count_b[key], count_o[key]
        wanted[key] = t if o == b else o if t == b else max(t, o)
    out = []
    for d in list(theirs) + list(ours):
        key = _identity(d)
        if wanted.get(key, 0) > 0:
            wanted[key] -= 1
            out.append(d)
    return out


def union(first: FileContent, second: FileContent) -> FileContent:
    """The entries of both files, each once (the fallback's added after the folder's own)."""
    return FileContent(merge3(second.decisions, [], first.decisions) if second.decisions else first.decisions,
                       merge3(second.unreadable, [], first.unreadable) if second.unreadable else first.unreadable,
                       first.problems + second.problems)
