""""The war in <place>" names the war by where it is fought, the name every side's outlets use: it frames nothing
apart from "the conflict" (issue 16's family of framing, its false side). "Norland's war against Dalmar" and "the war
with Dalmar" name who wages it and still diverge from "the conflict"."""

from readout_viewer.core.model import AGREE, DIVERGE
from tests.builders import related_texts as _link


def test_the_war_in_a_place_is_the_conflict():
    assert _link("Sol reaffirmed his willingness to hold peace talks with both sides of the war in Dalmar.",
                 "Sol reiterated Norland's willingness to talk to both sides of the conflict in pursuit of peace."
                 ).relation == AGREE


def test_a_war_named_by_who_wages_it_still_diverges():
    link = _link("Sol reaffirmed his willingness to talk to both sides of Norland's war against Dalmar.",
                 "Sol reiterated his willingness to talk to both sides of the conflict.")
    assert (link.relation, link.reason) == (DIVERGE, "framing")


def test_the_war_with_a_country_still_diverges():
    link = _link("Sol said he wants to stop the deaths in the war with Dalmar.",
                 "Sol said he wants an early end to the conflict and a peaceful settlement.")
    assert (link.relation, link.reason) == (DIVERGE, "framing")
