"""Word-level differences between two short texts (diff-match-patch in word mode) and their HTML rendering."""

from __future__ import annotations

import html
import re

from readout_viewer.core.language.worddiff import DELETE, EQUAL, INSERT, diff_words

# Words and the spaces/punctuation between them are separate tokens, so a changed word never drags its neighbours
# (and the text is rebuilt exactly, spaces included).
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
# Seconds diff-match-patch may spend on one pair: claims are short; this only guards against a pathological pair.
DIFF_TIMEOUT = 0.5



def word_diff(old: str, new: str) -> list[tuple[int, str]]:
    """Operations (-1 deleted, 0 same, 1 inserted) turning `old` into `new`, word by word."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    out, at_a, at_b = [], 0, 0
    for op, n in diff_words(a, b, semantic=True, timeout=DIFF_TIMEOUT):
        if op == INSERT:
            out.append((op, "".join(b[at_b:at_b + n])))
            at_b += n
        else:
            out.append((op, "".join(a[at_a:at_a + n])))
            at_a += n
            at_b += n if op == EQUAL else 0
    return out


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
