"""Grammatical person: a translation keeps the person its origin speaks in ("we will" is not rendered from "the
President emphasised"), which the translation step checks of a quotation and its passage."""

from __future__ import annotations

from collections.abc import Sequence

from readout_viewer.core.language.countries import COUNTRY_WORDS
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.quotes.words import Word

# Country names as concepts. The translation step counts them at most for half the matched words: "The United
# States is making misjudgments about China's strategic intentions" shares "United States", "China" and "strategic"
# with a briefing's "the United States and China — of addressing areas of strategic [competition]", and nothing it
# says.
COUNTRY_NAMES = frozenset(concept(w) for w in COUNTRY_WORDS)
# Words of someone speaking to someone ("we will", "I told you"; not "us", which is also "U.S."): a
# translation keeps the grammatical person, so a quotation in the first or second person is not rendered from a
# passage in the third (a leader's own words that a readout reports as "the President emphasised").
SPEAKING = frozenset("i me my mine myself we our ours ourselves you your yours yourself yourselves".split())
# A government's "we": the country a readout names in the third person ("China is not going to sit back" quoted as
# "we will not sit idly by"), so a passage naming a party's country may be the origin of a quotation speaking as "we"
# (quotes/parties.py; a country it is about is no speaker: "the situation in Bangladesh" is no "we").
GOVERNMENT_WE = frozenset("we our ours ourselves".split())
# No texts whose reported speech a quotation may render in the first or second person (see `translated`'s `retold`).
NONE_RETOLD: frozenset[str] = frozenset()


def same_person(quote: Sequence[Word], concepts: Sequence[str], words: Sequence[Word],
                parties: frozenset[str] = COUNTRY_NAMES) -> bool:
    """False when the quotation speaks in the first or second person and the passage (its content `concepts` and
    its `words`) does not; a government's "we" may stand for a party of the call the passage names (`parties`: the
    concepts naming them, parties.party_names)."""
    speaking = {w.key for w in quote} & SPEAKING
    if not speaking:
        return True
    if speaking <= GOVERNMENT_WE and not parties.isdisjoint(concepts):
        return True
    return any(w.key in SPEAKING for w in words)
