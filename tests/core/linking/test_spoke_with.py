"""An outlet sentence saying one leader spoke with, talked to or held talks with the other, named right after the
verb, tells that the call took place and reports the official call line (`call_mentions._SPOKE_WITH`), as "spoke by
phone" does; one who spoke with other leaders tells another conversation."""

from tests.builders import paper_links
from tests.core.linking.test_held_call_ledes import CALL_LINE, READOUT

OPENING = "The storm season was the first thing on the desks of both capitals this week."
LATER = " Ferries from the two ports will sail again in May."


def test_a_leader_who_spoke_with_the_other_reports_the_call_line():
    told = "Berg confirmed he spoke with Kenyan President Tom Sol in what was their first conversation this year."
    assert (told[:20], CALL_LINE) in paper_links(READOUT, f"{OPENING} {told}{LATER}")
    talked = "Berg on Tuesday talked to Sol about the storms on the coast."
    assert (talked[:20], CALL_LINE) in paper_links(READOUT, f"{OPENING} {talked}{LATER}")
    held = "Berg held further phone talks with Kenyan President Tom Sol over the storms on the coast."
    assert (held[:20], CALL_LINE) in paper_links(READOUT, f"{OPENING} {held}{LATER}")


def test_one_who_spoke_with_other_leaders_tells_another_conversation():
    others = "The call with Sol took place only after Berg spoke with leaders of other coastal states."
    assert (others[:20], CALL_LINE) not in paper_links(READOUT, f"{OPENING} {others}{LATER}")
