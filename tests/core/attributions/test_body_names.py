"""A source's other names: the head of a source qualified after a comma, the bodies its government's account is
cited under, and their initials where a text writes them."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

US_TEXT = "The President spoke today with the Prime Minister. He urged restraint along the northern border."
IN_TEXT = ("The Prime Minister received a call from the President. The leaders reviewed the progress in the "
           "partnership on clean energy and space cooperation.")


def _verdict(news_text):
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"),
                reading("in", IN_TEXT, OFFICIAL, "Ministry of External Affairs, Government of India", "IN")]
    return cited_verdicts(official, news_text)


def test_the_head_of_a_source_qualified_after_a_comma_is_that_source():
    assert _verdict("Snow fell. The Ministry of External Affairs said the leaders reviewed the progress in the "
                    "partnership on clean energy and space cooperation.") == [("in", SUPPORTED)]


def test_a_body_the_government_account_is_cited_under_and_its_initials():
    assert _verdict("Snow fell. The leaders reviewed the progress in the partnership on clean energy and space "
                    "cooperation, according to PIB.") == [("in", SUPPORTED)]
    assert _verdict("Snow fell. The statement from the Prime Minister's Office said the leaders reviewed the "
                    "progress in the partnership on clean energy and space cooperation.") == [("in", SUPPORTED)]
