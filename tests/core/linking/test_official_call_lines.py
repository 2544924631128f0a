"""Two official texts' call lines when one says more than that the leaders spoke (helper links50): a first line's
circumstances ("as part of ...") end its call part, and one government's readout and briefing pair by their call
lines alone."""

from tests.builders import linked_starts, text_doc

# The leaders' names and the call in most claims of the texts, as in a real folder: who met and that they spoke, no
# topic of the call (`Weights.common`); the first names them with their countries (`speakers.folder_leaders`).
REST = ("Kenyan President Tom Sol and US President Ivan Berg talked about the salmon quota, which must rise.",
        "President Berg praised President Sol in the talk for the harbour accord.",
        "President Sol told President Berg in their conversation that the ferry routes would reopen in the spring.")
PLAIN = text_doc("plain", "President Sol had a telephone conversation with President Berg.\n\n" + " ".join(REST),
                 side="KE", kind="readout")


def _pairs(first_line: str) -> set[tuple[str, str]]:
    readout = text_doc("readout", first_line + "\n\n" + " ".join(REST), side="US", kind="readout")
    return linked_starts(readout, PLAIN)


def test_a_first_line_up_to_the_circumstances_of_the_call_pairs_with_the_other_sides_call_line():
    pairs = _pairs("President Berg spoke today with President Sol as part of his close coordination with key "
                   "partners following recent events in the orchard provinces.")
    assert ("President Berg spoke", "President Sol had a ") in pairs


def test_a_first_line_that_goes_on_to_what_was_said_is_no_call_line():
    pairs = _pairs("President Berg told President Sol that the orchard fund must grow as part of the budget.")
    assert ("President Berg told ", "President Sol had a ") not in pairs


READOUT = text_doc("readout", "President Berg and President Sol spoke this morning about ongoing efforts to manage "
                              "the orchard fund in the northern provinces.\n\n" + " ".join(REST), side="US",
                   kind="readout")


def test_a_readout_and_its_governments_briefing_pair_by_their_call_lines():
    briefing = text_doc("briefing", "MR. LUND: Good afternoon.\n\nThe President had a chance this morning to speak by "
                                    "phone with President Sol.\n\n" + " ".join(REST), side="US", kind="briefing")
    assert ("President Berg and P", "The President had a ") in linked_starts(READOUT, briefing)


def test_a_briefings_answer_on_what_the_leaders_talked_about_is_no_call_line_of_its_readout():
    briefing = text_doc("briefing", "MR. LUND: Good afternoon.\n\nI would also add that one of the things that "
                                    "President Sol and the President talked about today was trying to work on the "
                                    "ferry timetable.\n\n" + " ".join(REST), side="US", kind="briefing")
    assert not any(b.startswith("I would also add") for a, b in linked_starts(READOUT, briefing))
