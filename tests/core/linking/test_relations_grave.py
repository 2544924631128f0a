"""Intensity: "grave" says "serious", as "deep" does; ruin ("catastrophic") is a step above it."""

from readout_viewer.core.linking.relations import relate
from readout_viewer.core.model import AGREE, DIVERGE, Claim


def _link(a: str, b: str):
    return relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5)


def test_serious_and_grave_implications_agree():
    assert _link("The premiers addressed the serious implications of the dispute for the region.",
                 "The premiers spoke of the grave implications of the dispute for the region.").relation == AGREE


def test_deep_and_grave_concern_agree():
    assert _link("Holm voiced deep concern over the fishing dispute.",
                 "Holm voiced grave concern over the fishing dispute.").relation == AGREE


def test_grave_against_catastrophic_still_diverges():
    link = _link("Holm warned of grave consequences for the fleet.",
                 "Holm warned of catastrophic consequences for the fleet.")
    assert (link.relation, link.reason) == (DIVERGE, "intensity")

