"""Sentence ends the texts leave unmarked: a last paragraph without its full stop, an ellipsis run into the next
sentence."""

import pytest

from readout_viewer.core.language.segment import claim_spans
from readout_viewer.core.language.sentences import sentences
from readout_viewer.core.model import STATEMENT


def _claims(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], kind) for s, e, kind in claim_spans(text)]


def test_a_last_paragraph_without_a_full_stop_is_a_sentence():
    text = ("Lund And Berg Talk Ferries\n\nThe two premiers spoke by phone on Monday.\n\n"
            "They stressed their support for every effort to settle the fisheries dispute by talks")
    assert ("They stressed their support for every effort to settle the fisheries dispute by talks",
            STATEMENT) in _claims(text)


@pytest.mark.parametrize("last", ["With Wire Services And Staff", "(Reporting by Ada Holm)",
                                  "(Published 3 May 2024, 10:15 CET)", "-The Lund Post", "Search Trends"])
def test_a_credit_or_sign_off_at_the_end_is_no_sentence(last):
    text = f"The two premiers spoke by phone on Monday about the ferry link.\n\n{last}"
    assert [kind for t, kind in _claims(text) if t.startswith(last[:6])] in ([], ["boilerplate"])


def test_an_unpunctuated_paragraph_inside_a_text_stays_a_heading():
    text = ("The two premiers spoke by phone on Monday.\n\nTalks on the ferry link go on\n\n"
            "They agreed to meet in Lund next month.")
    assert all(not t.startswith("Talks on") for t, _ in _claims(text))


def test_a_text_of_one_unpunctuated_paragraph_is_a_title():
    assert _claims("Premiers of the two countries talk about the ferry link") == []


@pytest.mark.parametrize("stop", ["...", "\u2026"])
def test_an_ellipsis_run_into_a_capitalised_word_ends_the_sentence(stop):
    text = f"I think the call went very well{stop}The tone was warm."
    assert [text[s:e] for s, e in sentences(text)] == [f"I think the call went very well{stop}", "The tone was warm."]


def test_an_ellipsis_before_a_lower_case_word_does_not():
    text = "I think...well, it went fine."
    assert [text[s:e] for s, e in sentences(text)] == [text]
