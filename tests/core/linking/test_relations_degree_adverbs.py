"""Intensity: adverbs of degree and of caution sit on the evaluative scale ("thoroughly" 3, "prudently" 1)."""

from readout_viewer.core.linking.relations import relate
from readout_viewer.core.model import AGREE, DIVERGE, Claim


def _link(a: str, b: str):
    return relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5)


def test_resolving_thoroughly_is_not_managing_prudently():
    link = _link("Berg said both sides should thoroughly resolve their differences over fishing.",
                 "The two sides need to manage their differences over fishing prudently, Berg added.")
    assert (link.relation, link.reason) == (DIVERGE, "intensity")
    assert link.detail == "one says \u201cthoroughly\u201d, the other \u201cprudently\u201d"


def test_one_adverb_alone_sets_nothing_apart():
    assert _link("Berg said both sides should carefully manage their differences over fishing.",
                 "The two sides need to manage their differences over fishing, Berg added.").relation == AGREE
