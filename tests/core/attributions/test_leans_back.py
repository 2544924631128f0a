"""A statement too short to check that ends on a pronoun ("The US leader noted that they both believe in it.") is read
with the sentence before it, which says what the pronoun stands for."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

US_TEXT = "The President spoke today with the Chancellor. Both believe very strongly in the grain corridor to Valdoria."


def _found(news_text):
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US")]
    return [(a.cited, a.verdict) for a in news_attributions(official, news_text)]


def test_a_short_statement_ending_on_a_pronoun_reads_the_sentence_before():
    assert _found("Snow fell. They spoke of the grain corridor to Valdoria. The White House said they both believe in "
                  "it.") == [("us", SUPPORTED)]


def test_a_short_statement_without_the_pronoun_is_still_too_short():
    assert _found("Snow fell. They spoke of the grain corridor to Valdoria. The White House said they both agreed.") \
        == []
