"""The parties of a call as its official texts name them, whose government may speak as "we" in a quotation."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from readout_viewer.core.language.countries import COUNTRIES, name_words
from readout_viewer.core.language.sentences import sentence_ends
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.quotes.person import COUNTRY_NAMES

# How far into an official text its first sentence is read for the call's parties (characters): a readout's first
# line, "President Biden spoke with President-elect of Argentina Javier Milei to ...", is a few dozen words.
_OPENING = 600


def party_names(sides: Collection[str], texts: Iterable[str]) -> frozenset[str]:
    """The concepts naming the call's parties, whose government may speak as "we": the countries of the official
    texts' sides (a side the table lacks by its own name) and the countries their first sentences name (`texts`: the
    official texts; the partner with no text of its own: "... spoke with President-elect of Argentina ...")."""
    if not sides:
        return COUNTRY_NAMES  # no side known: any country a readout names may be its own
    forms = [f for side in sides for group in COUNTRIES.get(side, ((side.lower(),), ()))[:2] for f in group]
    named = frozenset(concept(w) for form in forms for w in name_words(form))
    for text in texts:
        opening = text[:next((e for e in sentence_ends(text[:_OPENING]) if e > 0), _OPENING)]
        named |= COUNTRY_NAMES.intersection(concept(w) for w in re.findall(r"[\w']+", opening.lower()))
    return named
