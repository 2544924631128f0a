"""Intensity: "affirmed" puts a view on record, a step between a passing note and an emphasis (rel7)."""

from readout_viewer.core.model import AGREE, DIVERGE
from tests.builders import related_texts


def test_an_emphasis_matches_the_affirmation_beside_a_note():
    link = related_texts("In a call on Friday, Berg emphasized the coastal states' support for talks on the fishing "
                         "dispute.",
                         "Berg noted the plan proposed by Norway and affirmed the coastal states' support of talks "
                         "on the fishing dispute.")
    assert link.relation == AGREE, link.detail


def test_noted_and_reaffirmed_agree():
    assert related_texts("Berg noted the goal of a settlement of the fishing dispute.",
                         "Berg reaffirmed the goal of a settlement of the fishing dispute.").relation == AGREE


def test_noted_against_emphasized_still_diverges_without_an_affirmation():
    link = related_texts("Berg noted the coastal states' support for talks on the fishing dispute.",
                         "Berg emphasized the coastal states' support for talks on the fishing dispute.")
    assert (link.relation, link.reason) == (DIVERGE, "intensity")
    assert link.detail == "one says \u201cnoted\u201d, the other \u201cemphasized\u201d"
