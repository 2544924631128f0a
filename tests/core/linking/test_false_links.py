"""Precision: links that share a topic, a duration or a place but report something else (round 28, links21)."""

from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links


def _linked(paper_text: str, *officials) -> set[tuple[str, str]]:
    paper = text_doc("paper", paper_text, role=OUTLET)
    return {(a[:20], b[:20]) for a, b, _ in _links(*officials, paper) if a in paper_text}


def test_a_close_report_of_one_side_does_not_link_the_other_sides_claim_on_its_topic():
    north = text_doc("north", "Premier Berg spoke today with Premier Sol.\n\nThe premiers expressed hope that calm and "
                              "order would be maintained in the Grey Strait.\n\nThe premiers reviewed the harbour "
                              "tariffs.", side="N", kind="readout")
    south = text_doc("south", "Good afternoon.\n\nHe was clear about our interest in maintaining calm and order in the "
                              "Grey Strait and about the fishing zones.\n\nNext question, please.\n\nThe salmon quota "
                              "came up at length.", side="S", kind="briefing")
    found = _linked("Berg expressed hope that calm and order would be maintained in the Grey Strait.", north, south)
    # it repeats the North's sentence: the South's briefer's answer on the strait is another account of the topic
    assert found == {("Berg expressed hope ", "The premiers express")}


def test_the_length_of_another_call_is_not_this_calls():
    north = text_doc("north", "On October 8, for approximately 30 minutes, Japanese Prime Minister Taro Berg held a "
                              "telephone talk with Chinese President Li Sol.\n\nThe two leaders discussed the harbour "
                              "tariffs.", side="JP", kind="readout")
    paper = ("Berg later held 25-minute phone talks with Indian Prime Minister Raj Dahl.\n\n"
             "The talks between Berg and Sol lasted about half an hour.\n\n"
             "In Tokyo, Berg's talks with Sol on Indian Prime Minister Raj Dahl's visit lasted half an hour.")
    found = _linked(paper, north)
    assert ("The talks between Be", "On October 8, for ap") in found
    assert ("In Tokyo, Berg's tal", "On October 8, for ap") in found  # both parties named: this call
    assert not any(a.startswith("Berg later held") for a, _ in found)


def test_a_place_named_as_a_leaders_trip_is_not_the_topic_of_a_situation_discussed():
    north = text_doc("north", "President Berg spoke today with Prime Minister Sol to discuss the Prime Minister's recent "
                              "trip to Poland and Ukraine.\n\nThe leaders reviewed the harbour tariffs.", side="US",
                     kind="readout")
    found = _linked("The leaders discussed the situation in Ukraine and the developments in Bangladesh.\n\n"
                    "It only mentions the Prime Minister's trip to Ukraine and Poland.", north)
    assert ("It only mentions the", "to discuss the Prime") in found
    assert not any(a.startswith("The leaders discuss") for a, _ in found)


def test_a_gathering_the_leaders_will_attend_is_not_their_last_meeting():
    north = text_doc("north", "Premier Berg spoke today with Premier Sol of the South to discuss the Premier's recent "
                              "trip to the islands, as well as the Harbour Council meetings in September.\n\nThe call "
                              "follows the two leaders' meeting in Lisbon in May.\n\nThe premiers reviewed the harbour "
                              "tariffs.", side="N", kind="readout")
    found = _linked("Sol is expected to take part in the Fishing Week, starting with the Summit of the Nets on "
                    "September 22-23.\n\nIt was their first talk since the leaders' summit in Lisbon in the spring.",
                    north)
    # a month and a word for a meeting are all the first shares with the Council's meetings, which recall no meeting
    # of the leaders; the second recalls theirs by its place
    assert found == {("It was their first t", "The call follows the")}
