"""Word-level differences: diff-match-patch over sequences of words, each distinct word one character."""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence

from diff_match_patch import diff_match_patch

from readout_viewer.core.system.lazyre import LazyPattern

DELETE, EQUAL, INSERT = -1, 0, 1
# Words and the spaces/punctuation between them are separate tokens, so a changed word never drags its neighbours
# (and the text is rebuilt exactly, spaces included).
_TOKEN = LazyPattern(r"\w+|\s+|[^\w\s]", re.UNICODE)
# Seconds diff-match-patch may spend on one pair of texts: claims are short; this only guards a pathological pair.
TEXT_DIFF_TIMEOUT = 0.5
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


def diff_text(old: str, new: str) -> list[tuple[int, str]]:
    """Operations (-1 only in `old`, 0 in both, 1 only in `new`) turning one text into the other, word by word,
    changed words merged into phrases; joining the texts of ops 0 and -1 gives `old` back, of 0 and 1 `new`."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    out, at_a, at_b = [], 0, 0
    for op, n in diff_words(a, b, semantic=True, timeout=TEXT_DIFF_TIMEOUT):
        if op == INSERT:
            out.append((op, "".join(b[at_b:at_b + n])))
            at_b += n
        else:
            out.append((op, "".join(a[at_a:at_a + n])))
            at_a += n
            at_b += n if op == EQUAL else 0
    return out
