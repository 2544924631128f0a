"""Numbers: a figure changed beside one both claims give still sets them apart."""

from readout_viewer.core.linking.relations import relate
from readout_viewer.core.model import AGREE, DIVERGE, Claim


def _link(a: str, b: str):
    return relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5)


def test_one_date_changed_beside_a_shared_one_diverges():
    a = "The talks are set: March 4-5 in Bergen, then May 8 in Oslo."
    b = "It was confirmed that talks will be held in Bergen on March 4-5 and then in Oslo on March 8."
    link = _link(a, b)
    assert (link.relation, link.reason) == (DIVERGE, "number")
    assert link.detail == "one says May 8, the other March 8"


def test_the_same_dates_in_another_order_agree():
    a = "The talks are set: March 4-5 in Bergen, then March 8 in Oslo."
    b = "Talks will be held in Oslo on March 8 after Bergen on March 4-5."
    assert _link(a, b).relation == AGREE


def test_a_date_only_one_claim_gives_is_no_change():
    a = "The talks are set: March 4-5 in Bergen, then March 8 in Oslo."
    b = "It was confirmed that talks will be held in Bergen on March 4-5."
    assert _link(a, b).relation == AGREE
