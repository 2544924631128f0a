"""Intensity: what one text has a leader merely "note" or "acknowledge", another has him "emphasize"."""

from readout_viewer.core.linking.relations import relate
from readout_viewer.core.model import AGREE, DIVERGE, Claim


def _link(a: str, b: str):
    return relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5)


def test_noted_is_not_emphasized():
    link = _link("Berg also noted that Norway supports a peaceful settlement of the fishing dispute.",
                 "For our part, we also emphasized that Norway supports a peaceful resolution of the fishing dispute.")
    assert (link.relation, link.reason) == (DIVERGE, "intensity")
    assert link.detail == "one says \u201cnoted\u201d, the other \u201cemphasized\u201d"


def test_noted_and_mentioned_agree():
    assert _link("Berg noted that Norway supports a settlement of the fishing dispute.",
                 "Berg mentioned that Norway supports a settlement of the fishing dispute.").relation == AGREE


def test_acknowledged_is_not_emphasized():
    link = _link("Berg said Holm acknowledged Norway\u2019s commitment to a peaceful resolution of the fishing dispute.",
                 "For our part, we also emphasized that Norway supports a peaceful resolution to the fishing dispute.")
    assert (link.relation, link.reason) == (DIVERGE, "intensity")
    assert link.detail == "one says \u201cacknowledged\u201d, the other \u201cemphasized\u201d"
