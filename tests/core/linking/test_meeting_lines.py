"""The occasion itself: an official line that says the leaders met and closes on its source ("..., X, the Prime
Minister's press chief, told MTI") is still a line that only says so, and an outlet sentence that says one leader met
the other reports an official line naming a meeting, never a call line (helper links102)."""

from tests.builders import paper_links, text_doc

SOURCED = ("US President Ivan Berg held a bilateral meeting with Tom Sol, the President of Kenya, in Lisbon on "
           "Tuesday, Anna Vik, the President's press chief, told the agency.")
MEETING = text_doc("statement", SOURCED + "\n\nThe two leaders discussed the ferry routes and the harbour accord.",
                   side="US", kind="readout")
CALL = text_doc("readout", "US President Ivan Berg spoke today with Kenyan President Tom Sol.\n\n"
                           "The two leaders discussed the ferry routes and the harbour accord.", side="US",
                kind="readout")
NEXT = " The ferries will sail again in May."


def test_talks_held_report_the_meeting_line_that_closes_on_its_source():
    lede = "Kenyan President Tom Sol has held talks with US President Ivan Berg in Lisbon."
    assert (lede[:20], SOURCED[:20]) in paper_links(MEETING, lede + NEXT)


def test_a_leader_who_met_the_other_reports_the_meeting_line():
    for lede in ("Kenyan President Tom Sol on Tuesday met US President Ivan Berg ahead of the Lisbon forum.",
                 "Kenyan President Tom Sol held a meeting with US President Ivan Berg ahead of the Lisbon forum."):
        assert (lede[:20], SOURCED[:20]) in paper_links(MEETING, lede + NEXT)


def test_a_meeting_told_beside_a_call_does_not_report_the_call_line():
    later = ("The call comes just weeks after President Ivan Berg met face-to-face with Tom Sol in Lisbon to sign the "
             "ferry accord.")
    links = paper_links(CALL, "The ferries between the two ports will sail again in May. " + later)
    assert not any(a == later[:20] for a, _ in links)


def test_a_leader_who_meets_the_other_every_year_tells_no_meeting_line():
    later = ("Kenyan President Tom Sol has met US President Ivan Berg annually, signing deals on the ports and a "
             "long-term ferry agreement.")
    links = paper_links(MEETING, "The ferries between the two ports will sail again in May. " + later)
    assert (later[:20], SOURCED[:20]) not in links
