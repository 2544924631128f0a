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


def test_allocating_aid_is_providing_assistance():
    assert concept("allocating") == concept("provide") == concept("assistance") == concept("aid")


def test_a_report_of_allocated_aid_meets_the_readout_on_provided_assistance():
    outlet = terms("Berg would sign the bill allocating new funds to the harbour towns.").concepts
    readout = terms("Berg will provide new funds to the harbour towns once he signs the bill.").concepts
    assert concept("provide") in outlet & readout

