"""Words of quotations and sources as comparison keys: spelling variants meet, ellipses and [brackets] are gaps."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from readout_viewer.core.language.text import Token, fold, new_record, spelling, tokens

# Gap kinds before a quoted word: none, an editorial [insertion], or an ellipsis for left-out words.
NO_GAP, BRACKET, ELLIPSIS = 0, 1, 2
_ELLIPSIS = re.compile(r"\u2026|\.\s?\.\s?\.")
_HYPHEN_PART = re.compile(r"[^\-]+")
_BRACKET = re.compile(r"\[[^\]\n]{0,80}\]")
# A parenthesis opening a quotation stands for an editor's brackets: '"(Modi) reiterated his conviction..."' puts the
# name in for the source's "The Prime Minister"; one inside or at the end of a quotation may be the speaker's own.
_LEADING_PARENTHESIS = re.compile(r"\([^()\n]{1,80}\)")
# Slavic surname endings that transliterations spell three ways (Zelenskiy, Zelensky, Zelenskyy).
_SKY = re.compile(r"(?<=\w{3})sk(?:iy|yy|ii|y|i)$")
# Transliterations double a final letter (Zelenskyy/Zelensky, Donbass/Donbas); short words never do.
_DOUBLED_FINAL = re.compile(r"(?<=[^\W\d_]{4})([^\W\d_])\1$")


@lru_cache(maxsize=1 << 16)  # a pure function of one word; folders repeat their vocabulary
def word_key(norm: str) -> str:
    """The form of a folded word that spelling variants share: co-operation/cooperation, theatre/theater, López/Lopez
    (text.spelling: the linking's one rule of variants)."""
    key = spelling(norm.replace("-", "").replace("'", ""))
    key = _SKY.sub("sky", key) if "sk" in key else key  # without its letters the pattern finds nothing
    return _DOUBLED_FINAL.sub(r"\1", key) if _doubled(key) and _DOUBLED_FINAL.search(key) else key


def _doubled(key: str) -> bool:
    """Whether a key may end in a doubled letter, as _DOUBLED_FINAL asks (its "$" also stands before a last line
    break): most keys do not, and are spared the search."""
    return key[-1:] == key[-2:-1] or key.endswith("\n")


class Word(NamedTuple):
    """One word: its comparison key, where it stands, and the gap (NO_GAP, BRACKET, ELLIPSIS) before it."""

    key: str
    start: int
    end: int
    gap: int = NO_GAP


def text_words(text: str, start: int = 0, end: int | None = None, solid: frozenset[str] = frozenset(),
               toks: Sequence[Token] | None = None) -> list[Word]:
    """The words of text[start:end] as keys with absolute offsets; hyphenated words split unless in `solid`.

    `toks`, when given, are the tokens of the whole text (start must then be 0).
    """
    end = len(text) if end is None else end
    out: list[Word] = []
    for norm, first, last in (toks if toks is not None else tokens(text[start:end])):
        if "-" not in norm:
            out.append(new_record(Word, (word_key(norm), first + start, last + start, NO_GAP)))
        else:
            out += hyphenated(text, norm, first + start, last + start, solid)
    return out


def text_keys(text: str) -> list[str]:
    """The keys of text_words(text), hyphenated words split, without making a Word of each: what a text's content
    words are read from (attributions.statements), once for each of thousands of sentences."""
    out: list[str] = []
    for norm, first, last in tokens(text):
        if "-" not in norm:
            out.append(word_key(norm))
        else:
            out += [w.key for w in hyphenated(text, norm, first, last, frozenset())]
    return out


def hyphenated(text: str, norm: str, start: int, end: int, solid: frozenset[str]) -> list[Word]:
    """The words of a hyphenated token text[start:end] (folded: `norm`): one word when the folder writes it solid,
    else its parts."""
    if word_key(norm) in solid:
        return [Word(word_key(norm), start, end)]
    out = []
    for part in _HYPHEN_PART.finditer(fold(text[start:end])):
        key = word_key(part.group().replace(".", ""))
        if key:
            out.append(Word(key, start + part.start(), start + part.end()))
    return out


def solid_words(texts: Iterable[str]) -> frozenset[str]:
    """The keys of the words `texts` write without a hyphen ("cooperation"): where a folder's texts write a word
    so, its hyphenated spelling ("co-operation") is one word (hyphenated()). SourceText.solid_keys reads the same
    from the tokens it already holds."""
    return frozenset(word_key(norm) for text in texts for norm, _, _ in tokens(text) if "-" not in norm)


def quote_words(text: str, start: int, end: int, solid: frozenset[str] = frozenset()) -> list[Word]:
    """The quoted words of text[start:end]: bracketed insertions left out, each word with the gap before it."""
    gaps: list[tuple[int, int, int]] = [(m.start(), m.end(), ELLIPSIS if _ELLIPSIS.fullmatch(m.group()[1:-1].strip())
                                         else BRACKET) for m in _BRACKET.finditer(text, start, end)]
    gaps += [(m.start(), m.end(), ELLIPSIS) for m in _ELLIPSIS.finditer(text, start, end)
             if not any(s <= m.start() < e for s, e, _ in gaps)]
    lead = _LEADING_PARENTHESIS.match(text, start, end)
    if lead:
        gaps.append((lead.start(), lead.end(), BRACKET))
    gaps.sort()
    out: list[Word] = []
    at, pending = start, NO_GAP
    for g_start, g_end, kind in gaps + [(end, end, NO_GAP)]:
        words = text_words(text, at, g_start, solid)  # each without a gap before it
        if words and pending:
            words[0] = words[0]._replace(gap=pending)
            pending = NO_GAP
        out += words
        pending = max(pending, kind)
        at = max(at, g_end)
    if out and out[0].gap:
        out[0] = out[0]._replace(gap=NO_GAP)  # a gap before the first word leaves nothing out in between
    return out


def runs(words: list[Word]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of words with no gap inside."""
    out, begin = [], 0
    for i in range(1, len(words) + 1):
        if i == len(words) or words[i].gap:
            out.append((begin, i))
            begin = i
    return out


def ellipsis_pieces(words: Sequence[Word]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of words between ellipses."""
    cuts = [0] + [i for i, w in enumerate(words) if i and w.gap == ELLIPSIS] + [len(words)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
