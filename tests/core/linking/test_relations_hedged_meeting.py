"""A hedge on the call's having taken place ("reportedly spoke by phone") is an outlet's sourcing, not distance from a
thing said (issue 16's false hedges); a hedge on what a leader told the other still sets two claims apart."""

from readout_viewer.core.model import AGREE, DIVERGE
from tests.builders import related_texts as _link


def test_a_hedge_on_the_call_itself_sets_nothing_apart():
    assert _link("Ola Berg and Ivan Sol reportedly spoke by phone on Friday, a spokesman said.",
                 "Ivan Sol had a telephone conversation with Ola Berg.").relation == AGREE
    assert _link("Ola Berg reportedly held talks with Ivan Sol.",
                 "Ivan Sol had a telephone conversation with Ola Berg.").relation == AGREE


def test_a_hedge_on_what_a_leader_told_still_diverges():
    link = _link("Ola Berg reportedly told Ivan Sol that the drills threatened no one.",
                 "Ola Berg stressed that the drills were a domestic matter and threaten no one.")
    assert (link.relation, link.reason) == (DIVERGE, "hedge")


def test_a_hedge_on_a_thing_discussed_in_the_call_still_diverges():
    link = _link("Ola Berg reportedly spoke about the alleged drills near the border.",
                 "Ola Berg spoke about the drills near the border.")
    assert (link.relation, link.reason) == (DIVERGE, "hedge")
