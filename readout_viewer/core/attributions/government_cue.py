"""A cue naming "the government" and no more: a government of the call, whichever side it is."""

from __future__ import annotations

import re

from readout_viewer.core.attributions.cue_sides import AFTER, BEFORE, BOTH, Cue, says_where
from readout_viewer.core.attributions.cue_words import ALSO, DOC_NOUNS, INVERTED_VERBS, VERBS

# "The government" named by that word alone ("..., said the government after the leaders spoke", "according to a
# government statement"): a government of the call, whichever side (government_cue). Not a government placed or
# named otherwise ("the government in Dhaka", "the government of Bangladesh", "the Hasina government").
_GOVERNMENT = rf"(?:the|a)\s+government(?:\s+(?:{DOC_NOUNS}))?(?!\s+(?:of|in|led)\b)"
_GOVERNMENT_CUES = [(re.compile(p, re.IGNORECASE), says) for p, says in (
    (rf"(?<![\w\-])(?P<phrase>{_GOVERNMENT})\s+{ALSO}(?:{VERBS})\b", AFTER),
    (rf"[,\"\u201d]\s*(?:{INVERTED_VERBS})\s+(?P<phrase>{_GOVERNMENT})", BEFORE),
    (rf"\baccording\s+to\s+(?P<phrase>{_GOVERNMENT})", BOTH))]


def government_cue(text: str, start: int, end: int, accounts: tuple[str, ...]) -> Cue | None:
    """The cue of text[start:end] that names "the government" alone ("..., said the government after the leaders
    spoke", "According to a government statement, ..."), for `accounts` (the event's official texts): the sources
    of one statement, supported when one of them carries it. None when the sentence names none."""
    for pattern, says in _GOVERNMENT_CUES:
        m = pattern.search(text, start, end)
        if m is not None:
            return Cue(m.start("phrase"), m.end("phrase"), m.start(), m.end(), accounts,
                       says_where(text, m.start(), m.end(), end, says))
    return None
