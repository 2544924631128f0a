"""Two sides' readouts that tell of one leader's briefing, each in its own words for it, report each other: the
briefer's part with the briefer's, the thanks of the leader briefed with his thanks (helper links58)."""

from readout_viewer.core.language.synonyms import tells_of_briefing
from tests.builders import linked_starts, text_doc

US = text_doc("us-readout", "US President Ivan Berg spoke today with Kenyan President Tom Sol.\n\n"
                            "President Sol briefed President Berg on the harbour talks in Mombasa.\n\n"
                            "President Berg welcomed the briefing.\n\n"
                            "The two leaders agreed to expand the ferry routes in the spring.", side="US", kind="readout")
KENYA = text_doc("ke-readout", "President Tom Sol had a telephone conversation with US President Ivan Berg.\n\n"
                               "President Sol shared the main results of the round in the port city.\n\n"
                               "Ivan Berg expressed gratitude for the information provided.\n\n"
                               "The leaders agreed that new ferry routes would open next spring.", side="KE",
                 kind="readout")


def test_the_briefers_part_reports_the_briefers_part_in_other_words():
    links = linked_starts(US, KENYA)
    assert ("President Sol briefe", "President Sol shared") in links
    assert ("President Sol briefe", "Ivan Berg expressed ") not in links


def test_the_thanks_of_the_leader_briefed_reports_his_thanks():
    links = linked_starts(US, KENYA)
    assert ("President Berg welco", "Ivan Berg expressed ") in links
    assert ("President Berg welco", "President Sol shared") not in links


def test_a_press_briefing_and_an_assessment_given_no_ones_own_tell_of_no_briefing():
    assert tells_of_briefing("She told the press briefing that the talks went well.") is False
    assert tells_of_briefing("The leaders gave a positive assessment of joint work on oil.") is False
    assert tells_of_briefing("President Sol gave his frank assessment of the talks.") is True
