"""Recall: words that name one act or thing in diplomatic and news usage are one concept (language/lexicon.py)."""

from readout_viewer.core.language.lexicon import concept
from readout_viewer.core.linking.similarity import terms


def test_resuming_and_restarting_talks_are_one_concept():
    assert concept("resumed") == concept("restarted") == concept("resumption") == concept("resuming")


def test_a_restarted_contact_meets_the_resumed_one():
    outlet = terms("Berg said the contact between the harbour negotiators was restarted.").concepts
    readout = terms("Contacts between the harbour negotiators have resumed.").concepts
    assert concept("resumed") in outlet & readout


def test_a_renewed_call_is_no_resumption():
    assert concept("renewed") != concept("resumed")

