"""An outlet sentence that brings in the call held by both leaders, linked to nothing else, reports the official
call line (helper links52): "in a phone call", "during a phone call", "spoke by phone"; not a call referred back to,
another person's call, nor words a leader said in it."""

import pytest

from tests.builders import paper_links, text_doc

READOUT = text_doc("readout", "US President Ivan Berg spoke today with Kenyan President Tom Sol.\n\n"
                              "President Berg praised President Sol for the harbour accord.\n\n"
                              "The two leaders agreed to expand the ferry routes in the spring.", side="US",
                   kind="readout")
FIRST = "President Berg praised President Sol for the harbour accord, the readout said. "


def _links(sentence: str) -> set[tuple[str, str]]:
    return paper_links(READOUT, FIRST + sentence)


@pytest.mark.parametrize("sentence", [
    "Kenyan President Tom Sol raised the orchard fund with President Berg in a phone call on Monday.",
    "During a phone call, President Berg and President Sol weighed the orchard fund and the salmon quota.",
    "President Berg and President Sol spoke by phone on Monday about the orchard fund.",
])
def test_a_sentence_that_brings_in_the_call_of_both_leaders_reports_the_call_line(sentence):
    assert (sentence[:20], "US President Ivan Be") in _links(sentence)


@pytest.mark.parametrize("sentence", [
    "During their conversation, the two leaders also weighed the orchard fund and the salmon quota.",
    "Minister Lund held a long conversation with President Sol on the orchard fund before Berg joined.",
    "The orchard fund must grow, President Sol told President Berg during a phone call on Monday.",
])
def test_a_call_referred_back_to_another_persons_call_or_words_said_in_it_do_not(sentence):
    assert (sentence[:20], "US President Ivan Be") not in _links(sentence)
