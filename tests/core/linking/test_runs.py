"""Runs: an outlet repeating an official claim's unusual phrase without quotation marks reports that claim."""

from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

READOUT = text_doc("south", "The premier said the island question is an internal affair.\n\nThose who play with fire will "
                        "perish by it, the premier warned.\n\nThe premiers discussed peace and stability in the "
                        "straits.\n\nThe premiers also discussed the fisheries quota.", side="S")


def test_an_unquoted_turn_of_phrase_is_an_echo():
    outlet = text_doc("paper", "Sol, speaking after a long day of rows over tariffs, ferries and harbour fees, warned "
                           "that anyone meddling would play with fire and get burned.", role=OUTLET)
    assert [b[:20] for _, b, _ in _links(outlet, READOUT)] == ["Those who play with "]


def test_the_event_s_common_words_in_a_row_are_not_an_echo():
    # "peace and stability" is the event's vocabulary (every account uses it), not a phrase taken from one text
    other = text_doc("north", "Berg stressed peace and stability in the straits.\n\nBerg raised peace and stability in "
                          "the region.\n\nBerg wants peace and stability for the fleets.", side="N")
    outlet = text_doc("paper", "Commentators doubt the fleets will see peace and stability soon.", role=OUTLET)
    assert not [a for a, _, _ in _links(outlet, READOUT, other) if a.startswith("Commentators")]


def test_a_run_inside_a_quotation_that_anchors_the_claim_is_the_anchor_s_alone():
    briefing = text_doc("brief", "It is leverage for the fleet, because if Sol wants to see gas flow through that pipe, "
                             "he may not want to risk the blockade.\n\nOur message to the harbour council was that "
                             "the kingdom wants to see progress made towards a truce on the northern shore.",
                    side="S")
    outlet = text_doc("paper", "\u201cIf Sol wants to see gas flow through that pipe, he may not want to risk the "
                           "blockade,\u201d said the envoy.", role=OUTLET)
    # a folder of some size, where a word three claims use is still rare (RARE_SHARE)
    almanac = text_doc("almanac", "\n\n".join(f"The ferry timetable for pier {k} changes in the spring." for k in range(60)),
                   role=OUTLET)
    found = [b[:22] for a, b, _ in _links(outlet, briefing, almanac) if a.startswith("\u201cIf Sol")]
    # "wants to see" in the quotation is the quoted statement's; it says nothing of the other claim holding it
    assert found == ["It is leverage for the"]
