"""Recall: to release, publish or disclose a record is one act in the words of news usage (round 32, links43)."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.terms import terms


def test_releasing_publishing_and_disclosing_are_one_concept():
    assert concept("release") == concept("publish") == concept("publication") == concept("disclosing")


def test_a_report_of_publication_meets_the_readouts_release():
    outlet = terms("Sol stressed that the publication of the ballot counts of the vote is fundamental.").concepts
    readout = terms("The two leaders agreed on the need for immediate release of the ballot counts.").concepts
    assert concept("release") in outlet & readout

