"""Talks to be held, or named by what they negotiate ("trade talks"), are negotiations, not the call itself."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.terms import terms

NEGOTIATIONS = concept("negotiations")
CALL = concept("call")


def test_talks_to_be_held_are_negotiations():
    told = terms("The talks will be held in two cities next month.").concepts
    assert NEGOTIATIONS in told and CALL not in told
    assert NEGOTIATIONS in terms("It shaped the talks that will begin in Oslo.").concepts


def test_talks_named_by_what_they_negotiate_are_negotiations():
    for text in ("They hoped for progress on trade talks.", "He urged direct talks with the rebels.",
                 "The upcoming talks should not drag on."):
        assert NEGOTIATIONS in terms(text).concepts, text


def test_the_call_and_peace_talks_stay_talks():
    assert CALL in terms("The two leaders held talks by phone on Monday.").concepts
    assert NEGOTIATIONS not in terms("The two leaders held talks by phone on Monday.").concepts
    assert NEGOTIATIONS not in terms("They discussed possible peace talks.").concepts


def test_a_report_of_talks_to_be_held_shares_the_readout_negotiations():
    report = terms("The talks will be held in three formats, in Geneva and in Vienna.").concepts
    readout = terms("Negotiations are to take place in Geneva and then in Vienna.").concepts
    assert NEGOTIATIONS in report & readout
