"""A leader's office by a pronoun ("...,” his office announced"): the office of the leader the sentence names first,
or the sentence before."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from functools import lru_cache

from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cue_sides import AFTER, BEFORE, BOTH, Cue, says_where
from readout_viewer.core.attributions.cue_words import ACCORDING_TO, ALSO, BUT_SAID, INVERTED_VERBS, VERBS, WHEN
from readout_viewer.core.attributions.offices import OFFICE_NAMES
from readout_viewer.core.language.quote_marks import CLOSED
from readout_viewer.core.language.sentences import sentence_ends
from readout_viewer.core.language.text import fold, holds_any
from readout_viewer.core.system.lazyre import LazyPattern

# "his office" or "her office" as the subject of a verb of saying ("Macron “condemned ...,” his office announced in a
# statement"), after a quotation's inverted verb ("..., said her office") or "according to": the body that issues
# that leader's texts, as "Macron's office" is (offices.LEADER_OFFICES), not the leader's own words.
_PHRASE = r"(?P<phrase>(?:his|her)\s+office)"
# Each form's match holds _PHRASE, so a sentence that, made caseless (text.holds_any), holds no "office" is not
# searched, and the forms (1,800 characters) are compiled only for one that does: none of corpus/'s 195 sentences
# asked, 0-16 of a readable event's.
_OFFICE = ("office",)
_FORMS = ((LazyPattern(rf"(?<![\w\-]){_PHRASE}{WHEN}\s+{ALSO}(?:{VERBS})\b", re.IGNORECASE), AFTER),
          (LazyPattern(rf"{CLOSED}\s*(?:{INVERTED_VERBS})\s+{_PHRASE}\b", re.IGNORECASE), BEFORE),
          (LazyPattern(rf"\b{ACCORDING_TO}\s+{_PHRASE}\b", re.IGNORECASE), BOTH),
          (LazyPattern(rf"(?<![\w\-]){_PHRASE}\s+{BUT_SAID}\s+{ALSO}(?:{VERBS})\b", re.IGNORECASE), AFTER))
# A sentence that names no leader before "his office" ("His office did not specify when he spoke to Xi but said ...")
# reads on from the sentences before it, as a pronoun does: the leader the nearest of the _BACK sentences before it
# that names one names first ('Ramaphosa "has briefed" Xi, the Presidency said.'), when the sentence itself does not
# name that leader (then "his" is another's: "Xi's office" is not the office of Xi's partner named before).
_BACK = 3


# A leader by office ("the president", "the PM") is no name: "President Marsh" is not the president the table knows.
_OFFICES = frozenset(name for names in OFFICE_NAMES.values() for name in names)


@lru_cache(maxsize=8)
def _leaders_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """The leaders' names as one pattern, longest first, from a word's start (searched in folded text)."""
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{alternatives})(?![\w\-])")


def his_office(text: str, start: int, end: int, by_name: Mapping[str, Source]) -> Cue | None:
    """The cue of "his office" in text[start:end], for the office of the leader the sentence names first before it
    (its documents, or the leader's side's when the table has no such office; none when no leader is named there)."""
    if not holds_any(text[start:end], _OFFICE):
        return None
    found = next(((m, says) for pattern, says in _FORMS if (m := pattern.search(text, start, end))), None)
    if found is None:
        return None
    m, says = found
    names = tuple(name for name, s in by_name.items() if s.leader and name not in _OFFICES)
    if not names:
        return None
    pattern = _leaders_pattern(names)
    leader = pattern.search(fold(text[start:m.start("phrase")])) or _named_before(text, start, end, pattern)
    if leader is None:
        return None
    name = re.sub(r"\s+", " ", leader.group())
    office = by_name.get(f"{name}'s office", by_name[name])
    return Cue(m.start("phrase"), m.end("phrase"), m.start(), m.end(), office.docs,
               says_where(text, m.start(), m.end(), end, says), antecedent=f"{name}'s office")


def _named_before(text: str, start: int, end: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The leader the nearest of the _BACK sentences before text[start:end] that names one names first (`pattern`:
    the leaders' names, _leaders_pattern), unless the sentence names that leader itself; None when none is named."""
    ends = sentence_ends(text)
    k = bisect_right(ends, start)  # the sentences before: each ends at ends[j - 1] or before, j <= k
    for j in range(k, max(k - _BACK, 0), -1):
        opening = ends[j - 2] if j >= 2 else 0
        leader = pattern.search(fold(text[opening:ends[j - 1]]))
        if leader is not None:
            again = re.search(rf"(?<![\w\-]){re.escape(leader.group())}(?![\w\-])", fold(text[start:end]))
            return None if again is not None else leader
    return None
