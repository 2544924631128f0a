"""A readout's claim and its own government's briefer telling the same point in a phrase they share (helper links54):
paired under the floor of one government's texts when the briefer says who in the call acted."""

from tests.builders import linked_starts, text_doc

# The leaders' names and the call in most claims, as in a real folder (`Weights.common`); the first line names them
# with their countries (`speakers.folder_leaders`).
READOUT = text_doc("readout", "President Ivan Berg spoke today with Kenyan President Tom Sol about the harbour and the "
                              "orchard fund.\n\nPresident Berg welcomed the new ferry routes between the two "
                              "countries' ports.\n\nPresident Berg underscored that the United States remains "
                              "committed to the salmon quota policy agreed in Mombasa last year.",
                   side="US", kind="readout")
REST = ("MR. LUND: Good afternoon.\n\nThe President spoke with President Sol this morning for about an hour.\n\n"
        "And President Berg clearly reaffirmed our salmon quota policy and the terms on which it rests.\n\n"
        "Our teams will keep working on the details with their counterparts in Nairobi.")


def _briefing(answer: str) -> set[tuple[str, str]]:
    briefing = text_doc("briefing", REST + "\n\n" + answer, side="US", kind="briefing")
    return linked_starts(READOUT, briefing)


def test_a_briefers_answer_that_says_who_spoke_of_the_readouts_point_is_linked_to_it():
    pairs = _briefing("They talked at length about the ferry routes, which both leaders see as a real success of the "
                      "past months.")
    assert ("President Berg welco", "They talked at lengt") in pairs


def test_the_briefers_own_comment_on_the_point_is_not():
    pairs = _briefing("The ferry routes are, in our view, a real success of the past months for the harbour towns.")
    assert not any(a.startswith("President Berg welco") for a, _ in pairs)
