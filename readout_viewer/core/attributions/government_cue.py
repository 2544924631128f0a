"""A cue naming "the government", state media or official sources and no more: a government of the call, either side."""

from __future__ import annotations

import re

from readout_viewer.core.attributions.cue_sides import AFTER, BEFORE, BOTH, Cue, says_where
from readout_viewer.core.attributions.cue_words import (
    ACCORDING_OR_CITING,
    ALSO,
    DOC_NOUNS,
    INVERTED_VERBS,
    VERBS,
)
from readout_viewer.core.attributions.side_names import STATE_MEDIA
from readout_viewer.core.language.quote_marks import CLOSED
from readout_viewer.core.system.lazyre import LazyPattern

# "The government" named by that word alone ("..., said the government after the leaders spoke", "according to a
# government statement"): a government of the call, whichever side (government_cue). Not a government placed or
# named otherwise ("the government in Dhaka", "the government of Bangladesh", "the Hasina government").
_GOVERNMENT = rf"(?:the|a)\s+government(?:\s+(?:{DOC_NOUNS}))?(?!\s+(?:of|in|led)\b)"
# Voices of a government left unnamed: "state media" (side_names.STATE_MEDIA) and "official sources" named by those
# words alone ("..., according to state media", "On Wednesday, state media said ...", "..., according to official
# sources"): a government of the call too. Not after a side's name ("Chinese state media", "Turkish official
# sources"): that side's (side_names.py), never this cue, even where the side has no text in the folder.
_UNNAMED_VOICES = "|".join(s.replace(" ", r"\s+") for s in (*STATE_MEDIA, "official sources"))
_VOICES_ALONE = re.compile(rf"(?:{_UNNAMED_VOICES})\b", re.IGNORECASE)
_SPEAKERS = rf"(?:{_GOVERNMENT}|{_VOICES_ALONE.pattern})"
# A capitalised word just before such a voice names its side ("Chinese state media", "China's state media"), looked
# for in the _SIDE_REACH characters before it (longer than any side's name).
_SIDE_BEFORE = re.compile(r"[A-Z][\w\-]*(?:'s|\u2019s)?\s+$")
_SIDE_REACH = 40
# Each cue's phrase is a match of _SPEAKERS: a sentence where _SPEAKERS alone finds none ("Putin and his government
# have made clear ...": every sentence of corpus/) is not searched by the three cue patterns (2,460 characters), and
# they are compiled only for a folder with one that holds it (a first analysis of corpus/ about -15 M instructions).
_SPEAKERS_ALONE = LazyPattern(_SPEAKERS, re.IGNORECASE)
_GOVERNMENT_CUES = [(LazyPattern(p, re.IGNORECASE), says) for p, says in (
    (rf"(?<![\w\-])(?P<phrase>{_SPEAKERS})\s+{ALSO}(?:{VERBS})\b", AFTER),
    (rf"{CLOSED}\s*(?:{INVERTED_VERBS})\s+(?P<phrase>{_SPEAKERS})", BEFORE),
    (rf"\b{ACCORDING_OR_CITING}\s+(?P<phrase>{_SPEAKERS})", BOTH))]


def government_cue(text: str, start: int, end: int, accounts: tuple[str, ...]) -> Cue | None:
    """The cue of text[start:end] that names "the government" alone ("..., said the government after the leaders
    spoke", "According to a government statement, ..."), or state media or official sources alone, for `accounts`
    (the event's official texts): the sources of one statement, supported when one of them carries it. None when the
    sentence names none."""
    if _SPEAKERS_ALONE.search(text, start, end) is None:
        return None
    for pattern, says in _GOVERNMENT_CUES:
        m = pattern.search(text, start, end)
        if m is not None and not _side_named(text, start, m):
            return Cue(m.start("phrase"), m.end("phrase"), m.start(), m.end(), accounts,
                       says_where(text, m.start(), m.end(), end, says))
    return None


def _side_named(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether the cue is an unnamed voice a capitalised word just before names the side of ("Chinese state
    media")."""
    return _VOICES_ALONE.match(m.group("phrase")) is not None and _SIDE_BEFORE.search(
        text, max(start, m.start("phrase") - _SIDE_REACH), m.start("phrase")) is not None
