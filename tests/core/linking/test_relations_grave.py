"""Intensity: "grave" says "serious", as "deep" does; ruin ("catastrophic") is a step above it."""

import pytest

from readout_viewer.core.linking.relations import relate
from readout_viewer.core.model import AGREE, DIVERGE, Claim


def _relation(a: str, b: str) -> tuple[str, str | None]:
    link = relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5)
    return link.relation, link.reason


@pytest.mark.parametrize(("mine", "theirs"), [
    ("The premiers addressed the serious implications of the dispute for the region.",
     "The premiers spoke of the grave implications of the dispute for the region."),
    ("Holm voiced deep concern over the fishing dispute.", "Holm voiced grave concern over the fishing dispute.")])
def test_serious_deep_and_grave_agree(mine, theirs):
    assert _relation(mine, theirs) == (AGREE, None)


def test_grave_against_catastrophic_still_diverges():
    assert _relation("Holm warned of grave consequences for the fleet.",
                     "Holm warned of catastrophic consequences for the fleet.") == (DIVERGE, "intensity")
