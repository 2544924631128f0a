"""The matches of a pattern found by trying it only near the words every match holds (a title), not everywhere.

A pattern that opens with a long case-insensitive alternation ("Russian|American|…" before "President …",
every source of a folder before "spokesman …") makes the regular-expression engine try the whole alternation at
every word of a text. When each match must hold an anchor (a title) a bounded number of characters after its
start, the same matches are found by trying the pattern only at the positions that reach the anchor: a few
hundred tries in a document instead of its every word (the leaders and spokespeople of corpus/: 51 ms -> 15 ms).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from readout_viewer.core.language.text import caseless


@lru_cache(maxsize=16)  # one per reach: a few fixed ones and one for each folder's longest source name
def _back(reach: int) -> re.Pattern[str]:
    """On a reversed text: white space, then up to `reach` other characters, each with the white space before it."""
    return re.compile(rf"\s*(?:\S\s*){{0,{reach}}}")


def starts(text: str, anchor: re.Pattern[str], reach: int, words: Sequence[str] = ()) -> list[int]:
    """Every position of `text` followed, within at most `reach` characters other than white space, by a position
    where `anchor` matches (write it as a lookahead, so that every such position is found), in order. `words`: the
    anchor's words, if it is `\\b(?=(?i:word|...))` (`_at_words`)."""
    return [at for start, end in spans(text, anchor, reach, words) for at in range(start, end + 1)]


def spans(text: str, anchor: re.Pattern[str], reach: int, words: Sequence[str] = ()) -> list[tuple[int, int]]:
    """The positions starts() gives as runs, each [start, end] (both in), in order, none touching the next."""
    backwards, n = text[::-1], len(text)
    runs = []
    for at in _at_words(text, anchor, words) if words else (m.start() for m in anchor.finditer(text)):
        back = _back(reach).match(backwards, n - at)  # always a match, if an empty one
        runs.append((n - back.end() if back is not None else at, at))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(runs):
        if merged and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _at_words(text: str, anchor: re.Pattern[str], words: Sequence[str]) -> list[int]:
    """Where `anchor`, a case-insensitive lookahead for one of `words` (lower-case letters and spaces), matches in
    `text`, in order: it is tried only where the text made caseless holds one of the words, which is everywhere it
    can match (text.caseless), not at every word of the text (the titles of corpus/'s leaders and spokespeople: about
    100 M instructions of an analysis)."""
    return [at for at in occurrences(caseless(text), words) if anchor.match(text, at)]


def occurrences(text: str, words: Sequence[str]) -> list[int]:
    """Every position where one of the words stands in the text (as written), in order, each once: where a pattern
    whose every match opens with one of them can match."""
    found = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.add(at)
            at = text.find(word, at + 1)
    return sorted(found)


# A word's first character, as re reads words (\\w: a letter, a digit or "_"; \\b: none of them before it).
_WORD_START = re.compile(r"\b\w")


def word_starts(text: str, runs: Sequence[tuple[int, int]]) -> list[int]:
    """The positions of the runs (spans()) where a word starts, in order: the only ones where a pattern whose every
    match opens with \\b and a word character can match. A title's reach holds every position of the few words
    before it, a word's start one of five or six of them: the leaders' three patterns, each a long case-insensitive
    alternation tried in full at every position given, are tried at corpus/'s 1,132 word starts near titles, not at
    its 2,256 word boundaries there (of 6,415 positions), which were found a character at a time in Python (the
    leaders of corpus/'s 13 documents: 71.0 -> 35.9 M instructions)."""
    return [m.start() for start, end in runs for m in _WORD_START.finditer(text, start, end + 1)]


def finditer(pattern: re.Pattern[str], text: str, candidates: list[int]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a pattern that never matches the empty string and whose every match starts at one
    of `candidates` (ascending): the first match at or after the end of the one before, as finditer takes them."""
    end = 0
    for start in candidates:
        if start >= end and (m := pattern.match(text, start)) is not None:
            end = m.end()
            yield m
