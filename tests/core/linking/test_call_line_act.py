"""A readout's call line names the act of the call: a line naming both leaders and one thing besides, with no word
of calling, speaking or meeting, is no call line (helper links58)."""

from tests.builders import paper_links, text_doc

LEDE = "US President Ivan Berg and Kenyan President Tom Sol spoke by phone on Monday, the White House said."
NEXT = " The ferries will sail in May."


def _readout(second: str):
    return text_doc("readout", "US President Ivan Berg spoke today with Kenyan President Tom Sol to discuss the harbour "
                               f"accord.\n\n{second}\n\nThe two leaders agreed to expand the ferry routes in the spring.",
                    side="US", kind="readout")


def test_a_thanks_naming_both_leaders_is_no_call_line():
    links = paper_links(_readout("President Berg thanked President Sol for his leadership on Zembla."), LEDE + NEXT)
    assert (LEDE[:20], "US President Ivan Be") in links
    assert (LEDE[:20], "President Berg thank") not in links


def test_a_line_that_says_the_leaders_spoke_again_is_a_call_line():
    links = paper_links(_readout("President Berg spoke again with President Sol on Zembla."), LEDE + NEXT)
    assert (LEDE[:20], "President Berg spoke") in links
