"""Relations: what both sides urge together is a stance they share, not one side's proposal to the other."""

from readout_viewer.core.linking.divergence_cues import cues
from readout_viewer.core.linking.relations import relate
from readout_viewer.core.model import AGREE, DIVERGE, Claim


def _relate(a: str, b: str):
    return relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5)


def test_a_call_both_leaders_make_agrees_with_their_agreement():
    link = _relate("Premier Osk and his Tarvian counterpart Mira Lund urged the port authority to publish the tallies.",
                   "The two leaders agreed on the need for the port authority to publish the tallies.")
    assert link.relation == AGREE, link.detail


def test_one_side_proposing_what_the_other_text_has_agreed_still_diverges():
    link = _relate("Premier Osk proposed that the port authority publish the tallies.",
                   "The two leaders agreed that the port authority would publish the tallies.")
    assert (link.relation, link.reason) == (DIVERGE, "actor")


def test_a_request_named_as_a_noun_stays_a_proposal():
    assert cues("Part and parcel of the request was more money for ports.").status == "proposed"
    assert cues("Both premiers urged calm at the ports.").status == "agreed"
