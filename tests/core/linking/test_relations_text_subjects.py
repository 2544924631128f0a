"""Intensity: a verb of saying whose subject is a text ("the statement mentioned") tells what the text holds, not how a
leader spoke."""

from readout_viewer.core.linking.relations import relate
from readout_viewer.core.model import AGREE, DIVERGE, Claim

OFFICIAL = ("The Leaders also emphasized their continued commitment to work together through regional groups like "
            "the Fishery Council.")


def _link(a: str, b: str):
    return relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5)


def test_what_a_statement_mentions_is_no_weaker_saying():
    report = ("The statement also mentioned both leaders' continued collaboration through regional groups like the "
              "Fishery Council.")
    assert _link(report, OFFICIAL).relation == AGREE


def test_what_a_leader_merely_mentioned_is_still_weaker_than_what_he_emphasized():
    report = "The Leaders also mentioned their continued commitment to work together through the Fishery Council."
    link = _link(report, OFFICIAL)
    assert (link.relation, link.reason) == (DIVERGE, "intensity")


def test_a_side_that_only_mentioned_is_still_weaker_saying():
    report = "Norland said it also mentioned its continued commitment to work together through the Fishery Council."
    link = _link(report, OFFICIAL)
    assert (link.relation, link.reason) == (DIVERGE, "intensity")
