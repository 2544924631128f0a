"""Find quotations in a text: pair straight and typographic quote marks across paragraphs, apostrophes apart."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from readout_viewer.core.language.quote_marks import DOUBLE, DOUBLE_CLOSE, DOUBLE_OPEN, QUOTE_CHARS, SINGLE, SINGLE_OPEN
from readout_viewer.core.language.text import trim_span

# Characters after which a mark opens a quotation ("said (“We ...", "— 'no ...").
_BEFORE_OPEN = "([{\u2014\u2013-/:*_" + QUOTE_CHARS
# Characters before which a mark closes a quotation ("...talks,” he said", "...Ukraine,'\"").
_AFTER_CLOSE = ",.;:!?)]}\u2014\u2013-\u2026*_" + QUOTE_CHARS
# Any mark of one family: the pairing visits the marks alone, not every character of a text in Python.
_DOUBLE_MARK = re.compile(f"[{re.escape(DOUBLE)}]")
_SINGLE_MARK = re.compile(f"[{re.escape(SINGLE)}]")
# A blank line (possibly holding spaces or no-break spaces) separates paragraphs.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")


class Quotation(NamedTuple):
    """The inner text of one quotation; `closed` is False when its opening mark was never closed."""

    start: int
    end: int
    closed: bool = True


def _paragraph_ends(text: str) -> list[int]:
    """Offsets where each paragraph's text ends, the last one being len(text)."""
    return [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]


def _context(text: str, i: int) -> tuple[bool, bool]:
    """Whether the mark at i stands where a quotation opens, and where one closes."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before.isspace() or before in _BEFORE_OPEN) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in _AFTER_CLOSE)
    return opens, closes


def _plural_possessive(text: str, i: int, limit: int) -> bool:
    """True for "the allies’ view" when a later mark in the paragraph can close the quotation instead."""
    if not (text[i - 1:i] == "s" and text[i + 1:i + 2] == " " and text[i + 2:i + 3].islower()):
        return False
    return any(text[j] in "'\u2019" and _context(text, j)[1] and not _context(text, j)[0]
               for j in range(i + 1, limit))


def _direction(text: str, i: int, depth: int, limit: int) -> str | None:
    """'open', 'close' or None (an apostrophe) for the quote mark at offset i; `limit` ends its paragraph."""
    ch = text[i]
    opens, closes = _context(text, i)
    if ch in SINGLE:
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            return None  # Russia's, don’t
        if opens and not closes:
            return "open"
        if depth and _plural_possessive(text, i, limit):
            return None
        if ch == SINGLE_OPEN:  # ‘ closes only a quotation it opened too ("‘what I want is equality‘.", a slip)
            return "close" if closes and not opens and depth else None
        return "close" if closes and not opens else None
    if opens != closes:
        return "open" if opens else "close"
    if ch in DOUBLE_OPEN:
        return "open"
    if ch in DOUBLE_CLOSE:
        return "open" if not depth and _closed_later(text, i, limit) else "close"
    return "close" if depth else "open"


def _closed_later(text: str, i: int, limit: int) -> bool:
    """True when a double mark after offset i in its paragraph (`limit` ends it) stands where a quotation closes: a
    closing mark written between two words with nothing open ("Biden”he asked ... in Africa“.", a machine rendering's
    reversed marks run together with the words) opens the quotation that mark closes."""
    return any(text[j] in DOUBLE and _context(text, j) == (False, True) for j in range(i + 1, limit))


def _first_mark_opens(text: str, para_start: int) -> bool:
    """True when a paragraph starts with an opening double mark: the convention for a quote that goes on."""
    at = para_start
    while at < len(text) and text[at].isspace():
        at += 1
    return at < len(text) and text[at] in DOUBLE and _context(text, at)[0]


def _pair(text: str, marks: re.Pattern[str], single_paragraph: bool) -> list[Quotation]:
    """Pair the marks of one family (`marks` finds any of them) with a stack; unclosed quotes end with their
    paragraph."""
    ends = _paragraph_ends(text)
    out: list[Quotation] = []
    stack: list[tuple[int, int]] = []  # (inner start, paragraph index)
    para = 0

    def flush(upto_para: int, next_para_start: int) -> None:
        nonlocal stack
        if stack and single_paragraph:
            stack = []  # an unclosed single mark was an apostrophe ("the allies' view")
        elif stack and _first_mark_opens(text, next_para_start):
            out.extend(Quotation(s, ends[upto_para], False) for s, _ in stack)
            stack = []

    for mark in marks.finditer(text):
        i = mark.start()
        while i > ends[para]:
            flush(para, ends[para])
            para += 1
        direction = _direction(text, i, len(stack), ends[para])
        if direction == "open":
            stack.append((i + 1, para))
        elif direction == "close" and stack:
            start, _ = stack.pop()
            out.append(Quotation(start, i, True))
    if not single_paragraph:
        out.extend(Quotation(s, ends[p], False) for s, p in stack)
    return out


def _trimmed(text: str, q: Quotation) -> Quotation:
    """Drop surrounding spaces and the comma or colon that punctuation rules put inside the marks."""
    return Quotation(*trim_span(text, q.start, q.end, trail=",;:"), q.closed)


# Texts held at once: the quotation check and then the attribution check read every document's quotations, so
# each document is scanned once per analysis (the echo step's claims, read earlier, are the first to go).
QUOTATIONS_CACHE = 512


@lru_cache(maxsize=QUOTATIONS_CACHE)
def find_quotations(text: str) -> tuple[Quotation, ...]:
    """Every quotation in text (nested ones too), in text order, as inner spans without the marks."""
    found = _pair(text, _DOUBLE_MARK, False) + _pair(text, _SINGLE_MARK, True)
    spans = (_trimmed(text, q) for q in found)
    return tuple(sorted({q for q in spans if q.end > q.start}, key=lambda q: (q.start, -q.end)))
