"""Derivational endings the stemmer does not cut (docs/engine-history.md, Round 39, helper links75): the words each would join
are no one concept, or their noun already meets its verb through a paraphrase group. These pairs must stay apart."""

from readout_viewer.core.language.lexicon import AGREEING
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import stem


def test_words_that_only_look_derived_stay_apart() -> None:
    assert stem("statement") != stem("state")  # "-ment": a statement is no (United) State
    assert stem("comment") != stem("come")
    assert stem("business") != stem("busy")  # "-iness"
    assert stem("priority") != stem("prior")  # "-ity"
    assert stem("foundation") != stem("found")  # "-ation"
    assert stem("billion") != stem("bill")  # "-ion"


def test_an_agreement_named_is_no_agreement_made() -> None:
    # the verbs of agreeing tell a claim's status; "the draft Agreement between the two states" tells none
    assert stem("agreed") in AGREEING
    assert stem("agreement") not in AGREEING


def test_the_frequent_nouns_meet_their_verbs_and_adjectives_as_concepts() -> None:
    assert concept("agreement") == concept("agreed")
    assert concept("readiness") == concept("ready")
    assert concept("willingness") == concept("willing")
    assert concept("settlement") == concept("settle")
    assert stem("mobilization") == stem("mobilize")
