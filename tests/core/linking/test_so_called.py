"""Relations: "so-called" distances the thing it names, and sets claims apart only when the other names that thing."""

from readout_viewer.core.linking.divergence_cues import cues
from readout_viewer.core.model import AGREE, DIVERGE
from tests.builders import related_texts


def test_so_called_covers_the_thing_it_names():
    assert cues("The envoy said the so-called harbour tax was only a temporary fee.").hedged == {"tax"}


def test_a_name_the_other_does_not_use_sets_nothing_apart():
    link = related_texts("The envoy said the so-called harbour tax was only a temporary fee.",
                         "The envoy said the temporary charges at harbour gates are a safety measure.")
    assert link.relation == AGREE, link.detail


def test_a_name_the_other_uses_plainly_diverges():
    link = related_texts("The envoy said ships must not cross the so-called red line.",
                         "The envoy said ships must not cross the red line.")
    assert (link.relation, link.reason) == (DIVERGE, "hedge")
