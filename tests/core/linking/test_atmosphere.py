"""Recall: the conditions a step can happen in are its atmosphere or its environment, one word of diplomatic usage."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.terms import terms


def test_atmosphere_and_environment_are_one_concept():
    assert concept("atmosphere") == concept("environment") == concept("environments")


def test_a_report_in_an_atmosphere_meets_the_readout_environment():
    outlet = terms("Progress in the talks, Berg said, would only be possible in an atmosphere of calm.").concepts
    readout = terms("Berg reiterated that progress can occur only in an environment of calm.").concepts
    assert concept("environment") in outlet & readout
