"""A cue naming "the government", state media or official sources and no more: a government of the call, either side."""

from __future__ import annotations

import re
from collections.abc import Mapping

from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cue_sides import AFTER, BEFORE, BOTH, Cue, says_where
from readout_viewer.core.attributions.cue_words import (
    ACCORDING_OR_CITING,
    ACCORDING_TO,
    ALSO,
    DOC_NOUNS,
    SOURCE_INVERTED_VERBS,
    VERBS,
)
from readout_viewer.core.attributions.cues import NATIONALITY, NOUN_NEXT
from readout_viewer.core.attributions.people import bare
from readout_viewer.core.attributions.side_names import SIDE_NAMES, STATE_MEDIA, WEAK_SIDE_NAMES
from readout_viewer.core.language.countries import code_of
from readout_viewer.core.language.quote_marks import CLOSED
from readout_viewer.core.language.text import holds_any
from readout_viewer.core.system.lazyre import LazyPattern

# "The government" named by that word alone ("..., said the government after the leaders spoke", "according to a
# government statement"), or "the administration" ("... on his victory, the administration said"): a government of
# the call, whichever side (government_cue). Not a government placed or named otherwise ("the government in Dhaka",
# "the government of Bangladesh", "the Hasina government", "the Presidential Administration").
_GOVERNMENT = rf"(?:the|a)\s+(?:government|administration)(?:\s+(?:{DOC_NOUNS}))?(?!\s+(?:of|in|led)\b)"
# Voices of a government left unnamed: "state media" (side_names.STATE_MEDIA) and "official sources" named by those
# words alone ("..., according to state media", "On Wednesday, state media said ...", "..., according to official
# sources"): a government of the call too. Not after a side's name ("Chinese state media", "Turkish official
# sources"): that side's (side_names.py), never this cue, even where the side has no text in the folder.
_UNNAMED_VOICES = "|".join(s.replace(" ", r"\s+") for s in (*STATE_MEDIA, "official sources"))
_VOICES_ALONE = LazyPattern(rf"(?:{_UNNAMED_VOICES})\b", re.IGNORECASE)
_SPEAKERS = rf"(?:{_GOVERNMENT}|{_VOICES_ALONE.pattern})"
# A capitalised word just before such a voice names its side ("Chinese state media", "China's state media"), looked
# for in the _SIDE_REACH characters before it (longer than any side's name).
_SIDE_BEFORE = LazyPattern(r"[A-Z][\w\-]*(?:'s|\u2019s)?\s+$")
_SIDE_REACH = 40
# Each cue's phrase is a match of _SPEAKERS: a sentence where _SPEAKERS alone finds none ("Putin and his government
# have made clear ...": every sentence of corpus/) is not searched by the three cue patterns (2,460 characters), and
# they are compiled only for a folder with one that holds it (a first analysis of corpus/ about -15 M instructions).
_SPEAKERS_ALONE = LazyPattern(_SPEAKERS, re.IGNORECASE)
# A word every match of _SPEAKERS holds ("the government", "the administration", STATE_MEDIA's "state ...", "official
# sources"): a sentence holding none, made caseless (text.holds_any), is not searched (the case-insensitive search with
# no literal to skip to was read over every sentence of every outlet's text: 33,004 sentences at 2,000 articles, 1.5 s
# profiled).
SPEAKER_WORDS = ("government", "administration", "state", "official")
# The citation a "citing" cue goes on from ("according to Danish media reports, citing a government spokesperson"):
# the clause before it, from "according to". A country it names is the government's, which may be no party to the
# call (_governed); "Italy wants a ceasefire, the paper wrote, citing a government ..." names none.
_CLAUSE_BEFORE = LazyPattern(rf"\b{ACCORDING_OR_CITING}\s[^,;:]*$", re.IGNORECASE)
_CAPITALISED = LazyPattern(r"[A-Z][\w\-]*")
_GOVERNMENT_CUES = [(LazyPattern(p, re.IGNORECASE), says) for p, says in (
    (rf"(?<![\w\-])(?P<phrase>{_SPEAKERS})\s+{ALSO}(?:{VERBS})\b", AFTER),
    (rf"{CLOSED}\s*(?:{SOURCE_INVERTED_VERBS})\s+(?P<phrase>{_SPEAKERS})", BEFORE),
    (rf"\b{ACCORDING_OR_CITING}\s+(?P<phrase>{_SPEAKERS})", BOTH))]

# Both parties' governments named together ("..., the two countries announced Tuesday", "according to information
# released by their governments", "both sides said"): every account of the call is their text, as "the government"
# alone is any of them. Only with a verb of publishing: "both sides agreed" or "the two sides stressed" tells what the
# leaders did, not who told it.
_JOINT = r"(?:the\s+two|both)\s+(?:countries|governments|sides)|their\s+(?:two\s+)?governments"
_PUBLISHED = r"said|says|say|announced|confirmed|stated|reported|described"
_JOINT_CUES = [(LazyPattern(p, re.IGNORECASE), says) for p, says in (
    (rf"(?<![\w\-])(?P<phrase>{_JOINT})\s+{ALSO}(?:{_PUBLISHED})\b", AFTER),
    (rf"\b{ACCORDING_TO}\s+(?:(?:information|statements?|readouts?|accounts?)\s+(?:released|issued|published)\s+by\s+)?"
     rf"(?P<phrase>{_JOINT})\b", BOTH))]
JOINT_WORDS = ("countries", "governments", "sides")  # a word every match of _JOINT holds (the gate, as SPEAKER_WORDS)


def joint_cue(text: str, start: int, end: int, accounts: tuple[str, ...]) -> Cue | None:
    """The cue of text[start:end] that names both parties' governments together (`_JOINT_CUES`), citing every account
    of the call (`accounts`); None when it names none."""
    if not accounts or not holds_any(text[start:end], JOINT_WORDS):
        return None
    for pattern, says in _JOINT_CUES:
        m = pattern.search(text, start, end)
        if m is not None:
            return Cue(m.start("phrase"), m.end("phrase"), m.start(), m.end(), accounts,
                       says_where(text, m.start(), m.end(), end, says))
    return None


def government_cue(text: str, start: int, end: int, accounts: tuple[str, ...],
                   by_name: Mapping[str, Source] | None = None) -> Cue | None:
    """The cue of text[start:end] that names "the government" alone ("..., said the government after the leaders
    spoke", "According to a government statement, ..."), or state media or official sources alone, for `accounts`
    (the event's official texts): the sources of one statement, supported when one of them carries it. None when the
    sentence names none, or names the government of a country that is no party with a text in the folder (`by_name`:
    the folder's sources by name, its sides' names among them)."""
    if not holds_any(text[start:end], SPEAKER_WORDS) or _SPEAKERS_ALONE.search(text, start, end) is None:
        return None
    for pattern, says in _GOVERNMENT_CUES:
        m = pattern.search(text, start, end)
        if m is not None and not _side_named(text, start, m):
            docs = _governed(text, start, m.start(), accounts, by_name or {})
            return Cue(m.start("phrase"), m.end("phrase"), m.start(), m.end(), docs,
                       says_where(text, m.start(), m.end(), end, says)) if docs else None
    return None


def _governed(text: str, start: int, at: int, accounts: tuple[str, ...], by_name: Mapping[str, Source]
              ) -> tuple[str, ...]:
    """The texts a government cue at text[at] cites: the party's whose country the clause before it names ("German
    media reports, citing a government spokesperson"), every account for a party with no text of its own (its words
    are checked against the folder's accounts, side_names.unheard_sides), none for a third government (its words
    are never pinned on the call's accounts); every account when no country is named."""
    clause = _CLAUSE_BEFORE.search(text[start:at].rstrip().rstrip(","))
    for word in _CAPITALISED.finditer(clause.group() if clause else ""):
        code = code_of(word.group())
        if code is None and not (NATIONALITY.search(word.group()) and NOUN_NEXT.match(word.string, word.end())):
            continue  # a nationality the table lacks, before its noun ("Danish media"), is a third country's
        own = tuple(d for name in WEAK_SIDE_NAMES.get(code or "", ()) if (s := by_name.get(name.lower()))
                    for d in s.docs if d in accounts)
        unheard = any(bare(name) in by_name for name in SIDE_NAMES.get(code or "", ()))
        return own or (accounts if unheard else ())
    return accounts


def _side_named(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether the cue is an unnamed voice a capitalised word just before names the side of ("Chinese state
    media")."""
    return _VOICES_ALONE.match(m.group("phrase")) is not None and _SIDE_BEFORE.search(
        text, max(start, m.start("phrase") - _SIDE_REACH), m.start("phrase")) is not None
