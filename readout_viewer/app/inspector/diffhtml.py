"""Word-level differences between two short texts (diff-match-patch in word mode) and their HTML rendering."""

from __future__ import annotations

import html
import re

from diff_match_patch import diff_match_patch

# Words and the spaces/punctuation between them are separate tokens, so a changed word never drags its neighbours.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
# Seconds diff-match-patch may spend on one pair: claims are short; this only guards against a pathological pair.
DIFF_TIMEOUT = 0.5

DELETE, EQUAL, INSERT = -1, 0, 1


def word_diff(old: str, new: str) -> list[tuple[int, str]]:
    """Operations (-1 deleted, 0 same, 1 inserted) turning `old` into `new`, word by word."""
    vocabulary: dict[str, str] = {}
    words: list[str] = []

    def encode(text: str) -> str:
        out = []
        for token in _TOKEN.findall(text):
            if token not in vocabulary:
                vocabulary[token] = chr(len(words) + 0x100)  # skip control characters
                words.append(token)
            out.append(vocabulary[token])
        return "".join(out)

    dmp = diff_match_patch()
    dmp.Diff_Timeout = DIFF_TIMEOUT
    diffs = dmp.diff_main(encode(old), encode(new), False)
    dmp.diff_cleanupSemantic(diffs)  # whole changed phrases read better than a word-by-word patchwork
    return [(op, "".join(words[ord(ch) - 0x100] for ch in chars)) for op, chars in diffs]


def diff_html(ops, dark: bool = False) -> str:
    """HTML of diff operations: deletions struck through, insertions underlined, each also tinted."""
    deleted = "#5c2b2b" if dark else "#fbe3d6"
    inserted = "#1f4a3c" if dark else "#d9f2e6"
    out, previous = [], EQUAL
    for op, text in ops:
        text = html.escape(text)
        if op != EQUAL and previous != EQUAL and op != previous:
            out.append(" ")  # a struck phrase and its replacement must not run together
        if op == DELETE:
            out.append(f'<span style="text-decoration: line-through; background-color: {deleted};" '
                       f'title="only in this claim">{text}</span>')
        elif op == INSERT:
            out.append(f'<span style="text-decoration: underline; background-color: {inserted};" '
                       f'title="only in the counterpart">{text}</span>')
        else:
            out.append(text)
        previous = op
    return "".join(out)


def similarity(ops) -> float:
    """Share of characters the two texts keep in common (0..1): a hint of how close a wording is."""
    same = sum(len(t) for op, t in ops if op == EQUAL)
    total = sum(len(t) + (len(t) if op == EQUAL else 0) for op, t in ops)  # len(old) + len(new)
    return 2 * same / total if total else 1.0
