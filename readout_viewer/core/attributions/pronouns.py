"""Cues by a pronoun or a role ("he added", "the Kremlin aide stated") for the speaker just named."""

from __future__ import annotations

import re
from collections.abc import Mapping

from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cue_sides import AFTER, BEFORE, BOTH, Cue, says_where
from readout_viewer.core.attributions.cue_words import AIDE_TITLES, INVERTED_VERBS, VERBS
from readout_viewer.core.language.documents import document_words
from readout_viewer.core.language.quote_marks import CLOSED
from readout_viewer.core.language.reports import report_subject
from readout_viewer.core.language.text import fold

# "He said", "she added", "..., he stressed.", "According to him, ...": a pronoun that speaks, either opening the
# sentence (after "And", "But" or "Also"; matched at the sentence's start) or after the statement it closes.
# A role named with "the" stands for the speaker just named too ("the Kremlin aide stated", "The president further
# indicated"): an aide's or official's title for a spokesperson or official, a head's for a leader.
_AIDES = rf"{AIDE_TITLES}|official|representative|diplomat"
_ROLE = rf"the\s+(?:[a-z][\w\-]+\s+){{0,2}}?(?:(?P<aide>{_AIDES})|(?P<head>president|leader))\b"
_ROLE_VERBS = rf"{INVERTED_VERBS}|stated|stressed|emphasi[sz]ed|told"
# A person's pronouns: "he said" after "According to a Kremlin statement, ..." is not the statement's (a text is
# "it"); an unnamed writer of it may be meant, whose words are no leader's.
_PERSONAL = ("he", "she", "him", "her")
_PRONOUN_CUES = (
    (re.compile(rf"\W*(?:(?:and|but|also|then)\s+)?(?P<phrase>he|she|{_ROLE})\s+(?:also\s+|further\s+)?"
                rf"(?:{VERBS})\b", re.IGNORECASE), AFTER),
    (re.compile(rf"{CLOSED}\s*(?P<phrase>he|she)\s+(?:also\s+)?(?:{INVERTED_VERBS}|stressed|emphasi[sz]ed|told|"
                r"replied|responded|answered)\b"),
     BEFORE),
    (re.compile(r"\baccording\s+to\s+(?P<phrase>him|her)\b", re.IGNORECASE), BOTH),
    (re.compile(rf"{CLOSED}\s*(?P<phrase>{_ROLE})\s+(?:also\s+)?(?:{_ROLE_VERBS})\b", re.IGNORECASE), BEFORE),
    (re.compile(rf"{CLOSED}\s*(?:{INVERTED_VERBS})\s+(?P<phrase>{_ROLE})", re.IGNORECASE), BEFORE),
)


def _fits(m: re.Match[str], speaker: Cue, named: str) -> bool:
    """Whether the pronoun or role of a match can stand for the speaker (`named`: the words that name them): a head's
    title for a leader, an aide's or official's for anyone else, "he" or "she" for no text."""
    groups, words = m.groupdict(), named.lower().split()
    if m.group("phrase").lower() in _PERSONAL and words and words[-1] in document_words():
        return False
    if groups.get("head"):
        return speaker.leader
    return not (groups.get("aide") and speaker.leader)


def pronoun_cue(text: str, start: int, end: int, speaker: Cue) -> Cue | None:
    """A cue of text[start:end] that speaks by a pronoun or a role with "the", for the person the sentence before
    named as speaking (`speaker`: a leader, a spokesperson, anyone named)."""
    for i, (pattern, says) in enumerate(_PRONOUN_CUES):
        m = pattern.match(text, start, end) if i == 0 else pattern.search(text, start, end)
        if m is not None and _fits(m, speaker, speaker.antecedent or text[speaker.start:speaker.end]):
            return speaker._replace(start=m.start("phrase"), end=m.end("phrase"), cue_start=m.start(),
                                    cue_end=m.end(), says=says_where(text, m.start(), m.end(), end, says),
                                    antecedent=speaker.antecedent or text[speaker.start:speaker.end])
    return None


# A sentence that opens on a name and its verb ("Putin provided an update on ...", "Macron also reportedly addressed
# food security."): the name (up to three capitalised words) is who acted, whatever the act.
_OPENS_ON = re.compile(r"\W*(?P<name>(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+(?:[a-z]+ly\s+|also\s+)*"
                       r"[a-z]+(?:ed|s)\b")


def opened_on(text: str, start: int, end: int, by_name: Mapping[str, Source]) -> Cue | None:
    """The leader a sentence opens on as the one who did or said something ("Putin provided an update on ...",
    "Macron stressed ..., the Elysée Palace announced"; `by_name`: the folder's sources by folded name), as the
    speaker a pronoun in the next sentence stands for ("He emphasized ...", "..., he said"); else None."""
    m = _OPENS_ON.match(text, start, end)
    subject = m.group("name") if m is not None else report_subject(text[start:end])
    source = named_source(subject, by_name) if subject else None
    if subject is None or source is None or not source.leader:
        return None
    at = text.find(subject, start, end)
    return Cue(at, at + len(subject), at, at + len(subject), source.docs, AFTER, True, person=source.person)


def named_source(name: str, by_name: Mapping[str, Source]) -> Source | None:
    """The folder's source a name of a few words ends on ("Russian President Vladimir Putin": "putin"), longest
    first; `by_name`: the sources by folded name."""
    words = fold(name).split()
    return next((s for k in range(len(words)) if (s := by_name.get(" ".join(words[k:]))) is not None), None)
