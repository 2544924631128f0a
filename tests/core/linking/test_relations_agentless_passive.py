"""Intensity of saying: a passive without its agent ("... was emphasized") is a readout's form for a point, no one's
manner of speaking; a passive with one ("was stressed by Holm") and an active verb still count."""

from readout_viewer.core.linking.relations import relate
from readout_viewer.core.model import AGREE, DIVERGE, Claim


def _relation(a: str, b: str) -> tuple[str, str | None]:
    link = relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5)
    return link.relation, link.reason


def test_an_agentless_passive_sets_no_strength_apart():
    assert _relation("The premiers noted the need for a quick end to the fishing dispute.",
                     "The need for a quick end to the fishing dispute was emphasized.") == (AGREE, None)


def test_a_passive_with_its_agent_still_counts():
    assert _relation("The premiers noted the need for a quick end to the fishing dispute.",
                     "The need for a quick end to the fishing dispute was emphasized by Holm.") == (DIVERGE, "intensity")


def test_an_active_verb_still_counts():
    assert _relation("Holm noted the need for a quick end to the fishing dispute.",
                     "Holm emphasized the need for a quick end to the fishing dispute.") == (DIVERGE, "intensity")
