"""An outlet's lede that says the two leaders held the call reports the official call line beside what it goes on to
(helper links57); a lede that places what was said in a call, or a later sentence, is told by its content."""

import pytest

from tests.builders import paper_links, text_doc

READOUT = text_doc("readout", "US President Ivan Berg spoke today with Kenyan President Tom Sol.\n\n"
                              "President Berg praised President Sol for the harbour accord.\n\n"
                              "The two leaders agreed to expand the ferry routes in the spring.", side="US",
                   kind="readout")
PRAISE = "US President Ivan Berg praised Kenyan President Tom Sol for the harbour accord"
CALL_LINE = "US President Ivan Be"
NEXT = " The ferries will sail in May."


@pytest.mark.parametrize("lede", [
    PRAISE + " when the two leaders spoke by phone on Monday.",
    PRAISE + ", and the two leaders held a phone call on Monday.",
])
def test_a_lede_saying_the_leaders_held_the_call_reports_the_call_line_and_its_content(lede):
    links = paper_links(READOUT, lede + NEXT)
    assert (lede[:20], CALL_LINE) in links
    assert (lede[:20], "President Berg prais") in links


def test_a_lede_placing_what_was_said_in_the_call_is_told_by_its_content():
    lede = PRAISE + " in a phone call on Monday."
    links = paper_links(READOUT, lede + NEXT)
    assert (lede[:20], "President Berg prais") in links
    assert (lede[:20], CALL_LINE) not in links


def test_a_later_sentence_saying_so_is_not_a_lede():
    later = PRAISE + " when the two leaders spoke by phone on Monday."
    links = paper_links(READOUT, "The ferries between the two ports will sail again in May." + " " + later)
    assert (later[:20], "President Berg prais") in links
    assert (later[:20], CALL_LINE) not in links
