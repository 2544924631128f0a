"""Two sides' accounts whose first lines are free: one's call line and the other's first line that has the call for
its subject pair (`linking/first_lines.py`)."""

from tests.builders import text_doc
from tests.core.linking.test_align import _links

CALL_LINE = "Norwegian President Ola Berg spoke today by phone with Swedish Prime Minister Ivan Sol."


def _linked_to_call_line(first: str, kind: str = "readout") -> list[str]:
    """The south text's lines linked, in the whole linking, to the north readout's call line."""
    north = text_doc("north", f"{CALL_LINE}\n\nPresident Berg welcomed the new ferry routes across the strait.",
                     side="NO", kind="readout")
    south = text_doc("south", f"{first}\n\nThe two leaders agreed to open new ferry routes across the strait.",
                     side="SE", kind=kind)
    return [b for a, b, _ in _links(north, south) if a == CALL_LINE]


def test_a_first_line_on_how_the_call_went_answers_the_call_line():
    first = "The conversation was very warm and lasted for about an hour."
    assert _linked_to_call_line(first) == [first]


def test_a_first_line_on_a_topic_does_not():
    assert _linked_to_call_line("In particular, they talked about the results of the summit in Oslo.") == []


def test_a_transcripts_first_line_does_not():
    assert _linked_to_call_line("The conversation was very warm and lasted for about an hour.", "transcript") == []


def test_a_first_line_in_which_the_other_leader_says_he_held_the_call_answers_the_call_line():
    first = "On the way to closer ties across the strait I have just held a warm conversation with President Berg."
    assert _linked_to_call_line(first, "statement") == [first]


def test_a_first_person_line_on_another_meeting_does_not():
    first = "On the way to safer harbours I have just held a long meeting with the fishermen's union."
    assert _linked_to_call_line(first, "statement") == []
