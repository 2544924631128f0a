"""Where a sentence ends: the one rule, asked of a line (does it end one?) and of a text (where do they end?)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from readout_viewer.core.language.lexicon import STOPWORDS
from readout_viewer.core.language.text import trim_span
from readout_viewer.core.system.lazyre import LazyPattern

# The patterns are compiled when first used: the readers of the texts ask whether a line ends a sentence before the
# engine is loaded (tests/app/startup/test_start_imports.py), and most of them never ask it.

# A sentence may end at . ! ? or an ellipsis, then a footnote mark glued to a word's full stop ("infrastructure.1",
# "security.[2]", superscripts), then closing quotes/brackets, then space before a capital, a digit or an opening
# quote ("3.5 percent" does not end: the full stop follows a digit, and a lower-case word follows), or before an
# embedded post's link and credit ("... at all." pic.twitter.com/... — Name (@handle) July 3, 2025). A copy that
# lost the space between two sentences ("... in a post on Truth Social.Trump indicated ...") ends one where a word of
# lower-case letters meets a capitalised word across the stop (or an ellipsis: "it went very well...The tone"), unless
# that word is a web address's ending ("News.Az reports"). The stops are written one literal an alternative, in the
# order tried ("." before "..."), not as "[.!?]": then re scans for the stop's characters instead of trying the whole
# pattern at every character (finding the ends of corpus/'s texts took half the time). A lone lower-case word after a
# word's full stop, closed by a stop of its own, is a stray word a page left ("quickly and effectively. candy."): a
# sentence of its own (language/kinds.py keeps it out), no part of the sentence before.
_SENTENCE_END = LazyPattern(r"(?:\.|!|\?|\.\.\.|\u2026)(?:(?:(?<=[a-z)\"'\u201d\u2019]\.)(?:\d{1,2}|\[\d{1,2}\]))?"
                            r"[\u00b9\u00b2\u00b3\u2070-\u2079]*[\"'\u201d\u2019)\]]*\s+"
                            r"(?=(?:[-*\u2022]\s+)?[\"'\u201c\u2018(\[]?[A-Z0-9]|pic\.twitter\.com/)|"
                            r"(?:(?<=[a-z]{2}[.!?])|(?<=[a-z]\.\.\.)|(?<=[a-z]\u2026))[\"\u201d\u2019]?(?=[A-Z][a-z]+\b)"
                            r"(?!(?:Az|Ru|Com|Net|Org|Gov|Uk|Cn|Io|Info)\b)|"
                            r"(?<=[a-z]{2}\.)\s+(?=[a-z]+\.(?:\s|$)))")
# Words after which a full stop does not end the sentence (titles, months, "vs", "etc"), as a whole word; a single
# capital ("J. Biden") and initials ("U.S.", "a.m.") end none either — unless the capital is a word of its own
# (`_capital_as_word`: "posted on social platform X. A file photo ..."). All are looked for no further back than
# ABBREVIATION_SPAN characters before the stop (the longest abbreviation with room to spare).
# Forms of address and ranks before a name ("the Hon. Anthony Albanese", "the Rt. Hon.", "Maj. Gen.", "Capt.", "Adm.")
# are titles like "Gen" and "Col": a protocol readout names its guests by them.
ABBREVIATIONS = frozenset(("Mr Mrs Ms Dr Jr Sr St Gen Col Lt Sgt Sen Rep Gov Prof Amb Pres Sec Dept Jan Feb Mar Apr "
                           "Jun Jul Aug Sep Sept Oct Nov Dec No Nos vs etc approx Inc Corp Ltd Co "
                           "Hon Rt Maj Capt Adm Cmdr Brig").split())
ABBREVIATION_SPAN = 12
_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# A bracketed photo credit ("[Photo/Xinhua]") inside running text ("... March 18, 2022. [Photo/Xinhua] The two sides
# ..."), where a page's caption and its article were joined into one paragraph: it closes the caption before it.
CREDIT_WORD = r"(?:photo|photograph|picture|image|file photo|video)"  # "Photo: Reuters", "[Photo/Xinhua]"
BRACKET_CREDIT = rf"\[{CREDIT_WORD}\s*/\s*[^\]]{{1,40}}\]"
INLINE_CREDIT = LazyPattern(BRACKET_CREDIT, re.IGNORECASE)
# The marks that close a sentence; a colon closes a line too, one that leads into what follows (a label, a list).
STOPS = ".!?\u2026"
COLON = ":"
# Quotes and brackets that may follow the stop ('... he said."', '(... in 2021.)').
CLOSING_MARKS = "\"'\u201d\u2019)]"


def ends_in_abbreviation(text: str, start: int, stop: int) -> bool:
    """Whether the full stop just before `stop` (or before a line break there) closes an abbreviation ("Mr.",
    "U.S.", "Sept."), looking no further back than `start`.

    Worked out from the letters before the stop, not by a search of the characters before it (a pattern of the
    abbreviations, a capital and initials, tried at each of the twelve): the same answers, and corpus/'s 2,913 calls
    replayed under callgrind 37.6 -> 25.5 M instructions. A word is a run of letters, digits and "_" (a regex's
    \\w), as the pattern's \\b read it."""
    lo = stop - ABBREVIATION_SPAN if stop - ABBREVIATION_SPAN > start else start
    dot = stop - 1 if stop <= len(text) else len(text) - 1
    if dot >= lo and text[dot] == "\n":  # "$" takes a last line break
        dot -= 1
    if dot <= lo or text[dot] != ".":
        return False
    first = dot - 1  # where the ASCII letters right before the stop start
    while first >= lo and text[first] in _ASCII_LETTERS:
        first -= 1
    first += 1
    letters = dot - first
    if not letters or first == lo and first and (text[first - 1] in _ASCII_LETTERS):
        return False  # no letter before the stop, or the word begins before `lo`
    before = text[first - 1] if first else ""
    if before.isalnum() or before == "_":
        return False  # the letters end a longer word (a digit, "_" or a letter past ASCII before them)
    word = text[first:dot]
    if word in ABBREVIATIONS or (letters == 1 and word.isupper() and not _capital_as_word(text, lo, first, dot)):
        return True
    # initials: a letter, a stop, a letter ("U.S", "a.m"), the first one a word of its own
    return letters == 1 and before == "." and first - 2 >= lo and text[first - 2] in _ASCII_LETTERS and (
        first < 3 or not (text[first - 3].isalnum() or text[first - 3] == "_"))


def _capital_as_word(text: str, lo: int, first: int, dot: int) -> bool:
    """Whether the single capital text[first] before the stop at `dot` is a word, not an initial: a lower-case word
    stands before it ("on social platform X.", "vitamin D.") and a capitalised stop word opens what follows ("A",
    "The", "He"), which no name an initial starts does ("minister S. Jaishankar", "said J. Biden" stay initials)."""
    start = first - 1  # where the word before starts: all of it in lower case, no name ("Joseph R.")
    while start > lo and text[start - 1] in _ASCII_LETTERS:
        start -= 1
    if text[first - 1:first] != " " or start == first - 1 or not text[start:first - 1].islower():
        return False
    after = dot + 1
    while after < len(text) and (text[after] in CLOSING_MARKS or text[after].isspace()):
        after += 1
    end = after
    while end < len(text) and text[end] in _ASCII_LETTERS:
        end += 1
    word = text[after:end]
    return word[:1].isupper() and word.lower() in STOPWORDS


def credit_in(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a bracketed credit (INLINE_CREDIT): searched only where a "[" stands, which every
    credit opens on (corpus/: 7 of the 575 sentences the claims are cut from hold one)."""
    return text.find("[", start, end) != -1 and INLINE_CREDIT.search(text, start, end) is not None


def ends_in_stop(line: str, *, colon: bool = True) -> bool:
    """Whether a line's last visible characters are a stop (or, with `colon`, a colon), then closing quotes or
    brackets: final punctuation, whatever word it follows (a heading has none)."""
    body = line.rstrip().rstrip(CLOSING_MARKS)
    return body != "" and body[-1] in (STOPS + COLON if colon else STOPS)


def ends_sentence(line: str, *, colon: bool = True) -> bool:
    """Whether a line ends its sentence: final punctuation that is not an abbreviation's full stop (a line ending
    "the U.S." or "Mr." runs on into the next)."""
    if not ends_in_stop(line, colon=colon):
        return False
    body = line.rstrip().rstrip(CLOSING_MARKS)
    return body[-1] != "." or body.endswith("...") or not ends_in_abbreviation(body, 0, len(body))


def sentence_stops(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(stop, next start) of each sentence end in text[start:end], in order and found only as far as they are read; a
    bracketed credit after the stop is taken along."""
    end = len(text) if end is None else end
    at = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.start() < at:
            continue  # inside a credit that the sentence before took
        if text[m.start()] == "." and m.group()[:3] != "..." and ends_in_abbreviation(text, at, m.start() + 1):
            continue
        stop, following = m.start() + len(m.group().rstrip()), m.end()
        # the credit closes the caption before it, not the sentence after (every credit opens on "[")
        credit = INLINE_CREDIT.match(text, m.end(), end) if text.startswith("[", m.end(), end) else None
        if credit is not None:
            stop = credit.end()
            following = stop + len(text[stop:end]) - len(text[stop:end].lstrip())
        yield stop, following
        at = following


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of text[start:end] as (start, end) spans: the one rule of where a sentence ends."""
    end = len(text) if end is None else end
    spans, at = [], start
    for stop, following in sentence_stops(text, start, end):
        spans.append((at, stop))
        at = following
    spans.append((at, end))
    return spans


def sentence_ends(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where each sentence of text[start:end] but the last ends (sorted offsets); callers read the list and never
    change it (a whole text's is shared)."""
    if start == 0 and end is None:
        return _whole_ends(text)
    return [stop for stop, _ in sentence_stops(text, start, end)]


# An analysis asks each document's whole-text ends once, through its index (language/ends_index.py: the omissions, the
# retelling pass and the quotation check); the memo answers the paraphrase index of each official text and the
# captions' paragraphs (12 of the 25 asks of corpus/'s first analysis, 10 of them answered here), and a folder
# analysed again in one process. It keeps a folder's documents' (a few hundred offsets each); a larger folder cycles
# through it.
WHOLE_ENDS_CACHE = 256


@lru_cache(maxsize=WHOLE_ENDS_CACHE)
def _whole_ends(text: str) -> list[int]:
    return [stop for stop, _ in sentence_stops(text)]


# The attribution units' looser cut (`loose_sentences`): at . ! ? (or an ellipsis) not before a letter or a comma,
# then closing marks, and at a paragraph break, whatever follows; titles and initials as above. It misses the ends
# `sentences` finds in a copy that lost a space ("Truth Social.Trump indicated") and after a footnote digit, and cuts
# before a lower-case word. Units cut by `sentences` instead flagged one more statement wrongly as unreported (read9
# unreported found 25 -> 26 for flagged wrongly 11 -> 12, nothing else; docs/engine-history.md, Round 22, twice), so the
# units keep this cut until that is understood: the two cuts stand side by side here, where the difference shows.
_LOOSE_END = LazyPattern(r"[^.!?\n]*(?:(?:[.!?\u2026]|\.\.\.)(?![\w,])[\"'\u201d\u2019)]*|\n\s*\n|$)")
# The start of a _LOOSE_END match: where _LOOSE_END matches nothing from a position, it matches nothing from any
# position up to the end of this run either (the same ends are tried, fewer of them).
_RUN = LazyPattern(r"[^.!?\n]*")


def _loose_ends(text: str) -> Iterator[int]:
    """The end of each match of _LOOSE_END.finditer(text), without trying _LOOSE_END again at every position of a run
    it fails on (a line wrapped without a full stop, "U.S" before a letter): each try read to the run's end, which
    made finditer quadratic in the run's length (12 of the 16 ms the attributions spent on corpus/'s sentences)."""
    pos, size = 0, len(text)
    while pos <= size:
        m = _LOOSE_END.match(text, pos)
        if m is None:
            pos = _RUN.match(text, pos).end() + 1  # type: ignore[union-attr]  # it matches everywhere
            continue
        yield m.end()
        pos = m.end() + (m.end() == pos)  # finditer's next match after an empty one starts further on


def loose_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a whole text by the attribution units' looser cut, trimmed, not cut after titles and
    initials ("Mr.", "U.S.")."""
    spans, start = [], 0
    for end in _loose_ends(text):
        if end <= start or (end < len(text) and ends_in_abbreviation(text, start, end)):
            continue
        s, e = trim_span(text, start, end)
        if e > s:
            spans.append((s, e))
        start = end
    return spans
