"""A briefing's call line told as a chance its leader had, "The President" its own side (round 32, links43)."""

from readout_viewer.core.model import OUTLET
from tests.builders import paper_links, text_doc
from tests.core.linking.test_align import _links

BRIEFING = text_doc("briefing", "MR. LUND: The President had a chance this morning to speak by phone with President Tom "
                                "Sol of Kenya.\n\nThe salmon quota will lower the harbour tariffs between the countries, "
                                "and the ferry routes will reopen in the spring.", side="US", kind="briefing")


def test_a_chance_to_speak_is_the_briefings_call_line():
    found = paper_links(BRIEFING, "US President Ivan Berg spoke Thursday by phone with Kenyan President Tom Sol, "
                                  "as the orchard fund drew fresh criticism from the assembly.")
    assert ("US President Ivan Be", "MR. LUND: The Presid") in found or \
        ("US President Ivan Be", "The President had a ") in found


def test_a_chance_to_discuss_a_topic_is_no_call_line():
    briefing = text_doc("briefing", "The President had a chance this morning to praise the salmon quota with President "
                                    "Tom Sol of Kenya.", side="US", kind="briefing")
    paper = text_doc("paper", "US President Ivan Berg spoke Thursday by phone with Kenyan President Tom Sol, as the "
                              "orchard fund drew fresh criticism from the assembly.", role=OUTLET)
    assert not [a for a, b, _ in _links(briefing, paper)]


ABOUT = text_doc("readout", "US President Ivan Berg and President Tom Sol of Kenya spoke this morning about ongoing "
                            "efforts to manage the salmon quota, building on the harbour accord that President Berg "
                            "launched in Lyon.\n\nThe two leaders agreed that the ferry routes must reopen.", side="US",
                 kind="readout")


def test_a_readouts_first_line_up_to_what_they_spoke_about_is_its_call_line():
    found = paper_links(ABOUT, "US President Ivan Berg spoke Thursday with Kenyan President Tom Sol, with the two men "
                               "weighing the orchard fund and the assembly's vote.")
    assert ("US President Ivan Be", "US President Ivan Be") in found
