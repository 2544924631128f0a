"""Word-level differences: diff-match-patch over sequences of words, each distinct word one character."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from diff_match_patch import diff_match_patch

DELETE, EQUAL, INSERT = -1, 0, 1
# Code points from here on stand for words: past the control characters and Latin-1 (the encoding is private).
FIRST_CODE = 0x100


def diff_words(old: Sequence[Hashable], new: Sequence[Hashable], *, semantic: bool = False,
               timeout: float = 0.0) -> list[tuple[int, int]]:
    """(op, number of words) runs turning `old` into `new`: -1 words only in old, 1 only in new, 0 in both.

    Each distinct word becomes one character (as diff_linesToChars does for lines), so the diff runs on words,
    never splitting one. `semantic` merges scattered edits into whole changed phrases (for reading); `timeout`
    bounds diff-match-patch's time in seconds (0: none).
    """
    code: dict[Hashable, str] = {}
    for word in (*old, *new):
        code.setdefault(word, chr(FIRST_CODE + len(code)))
    dmp = diff_match_patch()
    dmp.Diff_Timeout = timeout
    diffs = dmp.diff_main("".join(code[w] for w in old), "".join(code[w] for w in new), False)
    if semantic:
        dmp.diff_cleanupSemantic(diffs)
    return [(op, len(chars)) for op, chars in diffs if chars]
