"""Text folding and word tokens shared by the engine: one place that decides what counts as the same word."""

from __future__ import annotations

import re
from typing import NamedTuple

# Typographic marks folded to their plain forms so that "don’t" and "don't" compare equal.
FOLD_MAP = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})
_WORD = re.compile(r"[^\W_]+(?:['\-.][^\W_]+)*", re.U)


class Token(NamedTuple):
    """A word of a text: its folded form and where it stands."""

    norm: str
    start: int
    end: int


def fold(text: str) -> str:
    """Lower case with typographic quotes, dashes and odd spaces made plain; same length as the input."""
    return text.translate(FOLD_MAP).lower()


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of text[start:end] with absolute offsets."""
    folded = fold(text)
    end = len(text) if end is None else end
    return [Token(m.group().replace(".", "") if m.group().count(".") else m.group(), m.start(), m.end())
            for m in _WORD.finditer(folded, start, end)]
