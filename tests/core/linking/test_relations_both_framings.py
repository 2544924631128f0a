"""Framing: a claim that names the thing both ways (a loaded word and a neutral one) sets no framing apart."""

from readout_viewer.core.linking.relations import relate
from readout_viewer.core.model import AGREE, DIVERGE, Claim


def _link(a: str, b: str):
    return relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5)


def test_a_claim_giving_both_framings_agrees_with_the_neutral_one():
    both = ("Berg told Holm the Danish invasion of Norway \u2014 which his government called \u201cthe Norway "
            "crisis\u201d \u2014 was not something they wanted.")
    plain = "Berg said Oslo does not want the situation in Norway to come to this."
    assert _link(both, plain).relation == AGREE


def test_a_loaded_word_alone_still_frames():
    loaded = "Berg told Holm the Danish invasion of Norway was not something they wanted."
    plain = "Berg said Oslo does not want the situation in Norway to come to this."
    link = _link(loaded, plain)
    assert (link.relation, link.reason) == (DIVERGE, "framing")


def test_a_neutral_word_about_something_else_does_not_cancel_the_frame():
    other = "Berg spoke of the Danish invasion of Norway and of the crisis in Sweden."
    plain = "Berg spoke of the situation in Norway."
    assert _link(other, plain).reason == "framing"
