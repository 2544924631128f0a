"""A leader named with a country the table lacked ("Romanian President ...") is a leader of the call: a sentence that
only says he spoke with the other is linked to the readout's call line (helper links94)."""

from readout_viewer.core.language.countries import code_of, leaders_in
from tests.builders import OUTLET, linked_starts, text_doc

REST = ("President Stan and President Sol talked about the salmon quota, which must rise.",
        "President Stan praised President Sol in the talk for the harbour accord.")
READOUT = text_doc("readout", "President Ivo Stan had a telephone conversation with Ukrainian President Tom Sol.\n\n"
                   + " ".join(REST), side="RO", kind="readout")


def test_romania_names_a_leader_by_its_adjective_and_capital():
    assert leaders_in("Romanian President Ivo Stan had a telephone conversation.") == {"Ivo Stan": "RO", "Stan": "RO"}
    assert code_of("Romanian") == code_of("Bucharest") == code_of("romania") == "RO"


def test_a_sentence_that_only_says_the_romanian_leader_spoke_is_linked_to_the_call_line():
    paper = text_doc("paper", "The Mill Gazette\n\nUkrainian President Tom Sol had a conversation with his Romanian "
                     "counterpart, Ivo Stan, on Tuesday.\n\nThe weather in the harbour was calm.", role=OUTLET)
    assert ("Ukrainian President ", "President Ivo Stan h") in linked_starts(paper, READOUT)


# Two official texts of one side: a readout whose first line goes on to what the leaders did in a clause of its own,
# and the leader's post in the first person, its call described with a pictograph.
PARTICIPLE = text_doc("report", "President Ivo Stan had a telephone conversation on Tuesday with his Ukrainian "
                      "counterpart Tom Sol, the two heads of state having exchanged views and assessments on the "
                      "security situation in the harbour region.\n\nPresident Stan assured President Sol of the "
                      "continued support of Romania for the orchard fund.", side="RO", kind="readout")
POST = text_doc("post", "Today I had a very good in-depth \U0001f4de talk with President Tom Sol. We discussed the "
                "salmon quota and the ferry routes.", side="RO", kind="readout")
MENTION = "Ukrainian President Tom Sol had a conversation with his Romanian counterpart, Ivo Stan, on Tuesday."


def _paper(*sentences: str):
    return text_doc("paper", "The Mill Gazette\n\n" + "\n\n".join(sentences), role=OUTLET)


def test_a_first_line_up_to_a_clause_of_what_was_done_is_a_call_line():
    assert ("Ukrainian President ", "President Ivo Stan h") in linked_starts(_paper(MENTION), PARTICIPLE)


def test_a_first_person_post_opening_on_today_with_a_pictograph_in_its_call_is_a_call_line():
    assert ("Ukrainian President ", "Today I had a very g") in linked_starts(_paper(MENTION), POST)


def test_a_sentence_that_tells_the_call_and_what_was_said_is_linked_by_what_was_said():
    # issue 16's defeat: a mention of the call must not win over the content the sentence goes on to
    paper = _paper("President Ivo Stan had a telephone conversation with President Tom Sol, assuring him of the "
                   "continued support of Romania for the orchard fund.")
    assert ("President Ivo Stan h", "President Stan assur") in linked_starts(paper, PARTICIPLE)
