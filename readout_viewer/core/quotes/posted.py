"""Quotations an outlet sources to a post of the speaker's own ("said on Twitter", "wrote on Telegram"): words of a
text the folder may not hold, which an account of the call retelling them in its own words does not show altered."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from readout_viewer.core.attributions.cue_words import IN_A_POST
from readout_viewer.core.attributions.unreported import POSTED
from readout_viewer.core.language.documents import document_nouns_pattern
from readout_viewer.core.system.lazyre import LazyPattern

# A document named as the source ("according to the MEA statement", "the readout said"): the quotation's sentence
# then says where its words are, and a post named in the sentence before is another's ("... sparked rumors on social
# media. "They emphasised ...," according to the MEA statement.").
_DOCUMENT = LazyPattern(rf"\b{document_nouns_pattern()}\b", re.IGNORECASE)
# Where a speaker put the words, between the name and the verb (the attribution cues' IN_A_POST: "the Prime Minister
# in a tweet confirmed that ..."), when it is a post: not "in a statement" or "in a message", which the folder may
# hold, nor "in a video" (an address a readout may tell in its own words: with it a kept-out quotation rightly
# altered was lost).
_IN_A_POST = LazyPattern(IN_A_POST, re.IGNORECASE)
POST_NOUNS = frozenset({"tweet", "post"})
# Kinds of official text that may be the post itself: a leader's post is stored as a statement (Truth Social, X).
POST_KINDS = frozenset({"statement"})
# Word-alignment similarity (Dice over words) at or above which a passage of another kind is still the quotation's
# origin: an office putting its own account out as a post changes a word in ten at most, while a leader's post that
# the office retold in the third person ("I had a phone call" for "Zelensky had a phone call") changes more (0.88).
VERY_CLOSE = 0.9


def posted_elsewhere(text: str, ends: Sequence[int], start: int, end: int) -> bool:
    """Whether the quotation text[start:end] is sourced to a post (the attribution check's POSTED: "on Twitter", "on
    a Telegram channel", "in a post"): its sentence says so outside the quotation, or names no document and the
    sentence before says so ('... Zelensky said on Telegram. "I had a call ...," he said.'). `ends`: where the
    text's sentences end (sentence_ends)."""
    i, j = bisect_left(ends, start), bisect_left(ends, end)
    opens = ends[i - 1] if i > 0 else 0
    closes = ends[j] if j < len(ends) else len(text)
    around = f"{text[opens:start]} {text[end:closes]}"
    if _names_post(around):
        return True
    if _DOCUMENT.search(around):
        return False
    before = ends[i - 2] if i > 1 else 0
    return _names_post(text[before:opens])


def sourced_to_document(text: str, ends: Sequence[int], start: int, end: int) -> bool:
    """Whether the sentence of the quotation text[start:end] names a document as where its words are, outside the
    quotation ("was quoted as saying in a statement from the Foreign Ministry", "according to the readout").
    `ends`: where the text's sentences end (sentence_ends)."""
    i, j = bisect_left(ends, start), bisect_left(ends, end)
    opens = ends[i - 1] if i > 0 else 0
    closes = ends[j] if j < len(ends) else len(text)
    return _DOCUMENT.search(f"{text[opens:start]} {text[end:closes]}") is not None


def _names_post(text: str) -> bool:
    """Whether the words say the speaker put them out in a post: POSTED, or IN_A_POST with a post's noun."""
    return POSTED.search(text) is not None or \
        any(m.group().split()[-1].casefold() in POST_NOUNS for m in _IN_A_POST.finditer(text))
