"""An election by its noun and its adjective is one word ("the electoral records" / "after Sunday's elections"): the
six-letter stem parted "electi" from "electo", so an outlet's "election officials" shared nothing with a readout's
"electoral authorities" (synonyms.WORD_GROUPS)."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.terms import terms

OUTLET = "Berg and Sol agreed that the island's election officials must print the tallies."
READOUT = "The premiers called on the island's electoral authorities to print the tallies."


def test_election_and_electoral_are_one_concept_that_an_outlet_and_a_readout_share():
    assert concept("electoral") == concept("election") == concept("elections") != concept("elected")
    assert concept("election") in terms(OUTLET).concepts & terms(READOUT).concepts
