"""Precision: a piece of an outlet sentence scored on its own (`counterparts._clauses`) keeps its sentence's date
(`linking/dated.py`): in a folder of two calls, "... held a telephone conversation with ... on Friday, during which
..." does not report the opening line of a readout dated a Tuesday, though its piece only mentions the call."""

from dataclasses import replace
from datetime import date

from readout_viewer.core.linking.dated import dated_other_day
from readout_viewer.core.linking.terms import terms
from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

APRIL = replace(text_doc("kremlin", "Ola Berg held a telephone conversation today with Eva Sol.\n\n"
                         "The leaders discussed the cod quotas for the coming season.", side="NO", event="april"),
                date="2021-04-13")  # a Tuesday
JULY = replace(text_doc("kremlin", "Ola Berg held a telephone conversation with Eva Sol.\n\n"
                        "The leaders discussed the cyber attacks on the harbour systems.", side="NO", event="july"),
               date="2021-07-09")  # a Friday


def _paper(day: str) -> object:
    return replace(text_doc("paper", f"Norwegian Prime Minister Ola Berg held a telephone conversation with Swedish "
                            f"Prime Minister Eva Sol on {day}, during which the leaders discussed cybersecurity issues "
                            "and the situation around the northern strait and the lighthouses of the western coast.",
                            role=OUTLET, event="july"), date="2021-07-09")


def _linked_to_april(paper) -> list[str]:
    return [b for a, b, link in _links(APRIL, JULY, paper) if link.b.startswith("april/")]


def test_a_piece_of_a_sentence_about_another_call_does_not_report_its_call_line():
    assert _linked_to_april(_paper("Friday")) == []


def test_a_piece_of_a_sentence_about_the_same_day_still_reports_it():
    assert _linked_to_april(_paper("Tuesday")) == [APRIL.text.split("\n")[0]]


def test_a_sentence_dated_more_than_a_day_from_the_text_is_of_another_day():
    def other(text: str) -> bool:
        return dated_other_day(text, terms(text), date(2021, 12, 7))
    assert other("Berg and Sol spoke on Friday.") and other("On December 30, Berg and Sol held talks.")
    assert not other("Berg and Sol spoke on Wednesday.") and not other("On December 7, Berg and Sol held talks.")
    assert not other("Berg and Sol spoke.") and not dated_other_day("Berg and Sol spoke on Friday.",
                                                                   terms("Berg and Sol spoke on Friday."), None)
