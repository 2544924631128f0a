"""Words of a meeting's press appearance (occasions.press_story): the talks as the time of a leader's words, both
leaders as one subject, a leader cited by his office alone, and the words there that still report the talks."""

from __future__ import annotations

import re
from collections.abc import Sequence

from readout_viewer.core.language.countries import LEADER_TITLE, LEADER_TITLE_TEXT
from readout_viewer.core.language.lexicon import CALL_NOUN_WORDS
from readout_viewer.core.system.lazyre import LazyPattern

# The talks as the time a leader speaks after ("Meloni told reporters at the end of talks with Starmer", "In comments
# after his meeting with Macron, Xi called for ...", "..., following their talks in Beijing").
AFTER_TALKS = r"\b(?:after|following|at\s+the\s+end\s+of)\s+(?:(?:the|their|his|her)\s+)?(?:talks|meeting)\b"
AFTER = re.compile(AFTER_TALKS, re.IGNORECASE)
# Both leaders as the subject a story places before the press ("The two leaders, who jointly met the press, ..."): each
# of them is there.
BOTH_LEADERS = LazyPattern(r"\b(?:the\s+two|both|the)\s+leaders\b", re.IGNORECASE)
# Words a leader addressed to his counterpart, which his words to the press may report ('"I asked the president to
# ...," he said', "I explored this possibility with the president", "Albanese has assured Volodymyr Zelenskyy that
# ..."): a report of the talks, as what the two discussed or agreed is. Read events' right flags these keep listed:
# Orbán–Zelenskyy's two, Albanese–Zelenskyy's one (docs/engine.md, Round 46, helper unrep20).
TO_HIS_COUNTERPART = re.compile(r"\b(?i:I|we)\s+(?:\w+\s+)?(?i:asked|told|urged|explored|proposed|suggested|assured|"
                                r"raised|offered|promised|invited)\b|"
                                r"\b(?i:assured|told|asked|urged|promised|invited)\s+(?:[A-Z][\w\-]+\s+){1,2}"
                                r"(?i:that|to)\b")
# The call or the talks by their nouns ("Biden described the call as productive", "Berg said that in the talks ...");
# named only as the time of the words (AFTER_TALKS) or as peace talks between others ("called for Ukraine and Russia to
# resume peace talks"), the words do not name the call.
CALL = re.compile(rf"\b(?:{CALL_NOUN_WORDS})\b", re.IGNORECASE)
_NOT_THE_CALL = re.compile(rf"{AFTER_TALKS}|\bpeace\s+talks\b", re.IGNORECASE)
# A leader cited by his office alone ("The Chinese leader", "the French president"): the cue ends on the title.
_OFFICE_ONLY = re.compile(rf"\b(?:{LEADER_TITLE_TEXT})\s*$", re.IGNORECASE)


def names_the_talks(said: str) -> bool:
    """Whether `said` names the talks (`CALL`) other than as the time of the words or peace talks (`_NOT_THE_CALL`)."""
    return bool(CALL.search(_NOT_THE_CALL.sub(lambda m: " " * len(m.group()), said)))


def by_office(cited_as: str) -> bool:
    """Whether a cue cites the leader by his office alone (`_OFFICE_ONLY`), not by a name or a pronoun."""
    name, _, antecedent = cited_as.partition(" (")
    return not antecedent and bool(_OFFICE_ONLY.search(name))


def office_names(names: Sequence[str]) -> list[str]:
    """The last names among `names` (folded: a side's leaders' names and offices, as `voices` gives them) that are no
    office: what a story calls the leader a cue cites by office ("xi" for "The Chinese leader")."""
    return sorted({n.split()[-1] for n in names if n.split() and not LEADER_TITLE.search(n) and " of " not in n})
