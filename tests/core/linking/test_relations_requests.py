"""Intensity: a request is a weak stance against a strong one; a word both claims use sets nothing apart."""

from readout_viewer.core.linking.relations import relate
from readout_viewer.core.model import AGREE, DIVERGE, Claim


def _link(a: str, b: str):
    return relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5)


def test_asking_is_not_strongly_opposing():
    link = _link("In turn, Oslo asked Denmark not to undermine peace in the northern strait.",
                 "Norway strongly opposes unilateral efforts to change the status quo or undermine peace in the "
                 "northern strait.")
    assert (link.relation, link.reason) == (DIVERGE, "intensity")
    assert link.detail == "one says \u201casked\u201d, the other \u201cstrongly\u201d"


def test_a_request_both_report_sets_nothing_apart():
    assert _link("He asked the foreign minister and the envoy to lead the fishing negotiations.",
                 "I have asked the foreign minister and the envoy to lead the fishing negotiations which, I feel "
                 "strongly, will be successful.").relation == AGREE
