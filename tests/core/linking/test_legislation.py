"""Recall: a legislature passes, approves or adopts a law, one act in the words of diplomatic and news usage."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.terms import terms


def test_passing_approving_and_adopting_a_law_are_one_concept():
    assert concept("passes") == concept("approved") == concept("adoption") == concept("passage")


def test_a_report_of_approval_meets_the_readout_passage():
    outlet = terms("Berg said he would sign the harbour bill once the assembly approved it.").concepts
    readout = terms("Berg will sign the harbour bill as soon as the assembly passes it.").concepts
    assert concept("passes") in outlet & readout


def test_passing_on_greetings_conveys_them_and_passes_no_law():
    greetings = terms("Berg asked Sol to pass on his greetings to the king.").concepts
    assert concept("approved") not in greetings and concept("conveyed") in greetings
