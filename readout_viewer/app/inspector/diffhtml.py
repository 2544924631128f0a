"""Word-level differences between two short texts (diff-match-patch in word mode) and their HTML rendering."""

from __future__ import annotations

import html
import re

from readout_viewer.core.language.worddiff import DELETE, EQUAL, INSERT
from readout_viewer.core.language.worddiff import diff_text as word_diff  # noqa: F401 (the inspector's name)

# Two pieces that meet word to word: a quotation's diff (core.quotes) gives each run its words without the spaces
# around them ("He" · "also" · "made"), while a text diff keeps every space, so it never has two such pieces meet.
_WORD_END, _WORD_START = re.compile(r"\w\Z"), re.compile(r"\A\w")


def diff_html(ops, dark: bool = False) -> str:
    """HTML of diff operations: deletions struck through, insertions underlined, each also tinted."""
    deleted = "#5c2b2b" if dark else "#fbe3d6"
    inserted = "#1f4a3c" if dark else "#d9f2e6"
    out, previous = [], EQUAL
    last = ""
    for op, raw in ops:
        text = html.escape(raw)
        words_meet = bool(_WORD_END.search(last) and _WORD_START.match(raw))
        if words_meet or (op != EQUAL and previous != EQUAL and op != previous):
            out.append(" ")  # a struck phrase and its replacement, or two words, must not run together
        last = raw
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
