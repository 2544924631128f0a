"""Intensity: two words of size both calling a thing large ("massive" / "significant") set nothing apart."""

from readout_viewer.core.linking.relations import relate
from readout_viewer.core.model import AGREE, DIVERGE, Claim


def _link(a: str, b: str):
    return relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5)


def test_massive_and_significant_aid_agree():
    assert _link("Berg told Holm Oslo will send air defence once parliament approves a massive aid package.",
                 "Berg shared that Oslo will provide significant new assistance packages to meet air defence needs "
                 "as soon as parliament passes the bill.").relation == AGREE


def test_a_modest_package_is_not_a_massive_one():
    link = _link("Berg promised a massive aid package.", "Berg promised a modest aid package.")
    assert (link.relation, link.reason) == (DIVERGE, "intensity")


def test_size_against_strength_still_diverges():
    link = _link("Berg warned of large-scale sanctions.", "Berg said Oslo would respond decisively.")
    assert (link.relation, link.reason) == (DIVERGE, "intensity")
