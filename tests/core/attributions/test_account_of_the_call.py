"""A bare account named with what it is an account of ("the readout of the call said", "the statement on the talks
added") stands for the institution the text named before it, as "the readout said" does."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

US_TEXT = ("The President spoke today with Prime Minister Berg of Sweden. The President backed the grain corridor to "
           "Valdoria.")
SE_TEXT = "Prime Minister Berg spoke with President Biden. Sweden will build a bridge across the northern fjord."


def _cited(news_text):
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"),
                reading("se", SE_TEXT, OFFICIAL, "Government of Sweden", "SE")]
    return [(a.cited, a.verdict) for a in news_attributions(official, news_text)]


def test_the_readout_of_the_call_closing_a_quotation():
    assert ("us", SUPPORTED) in _cited('The White House said the President spoke with Berg. "The President backed the '
                                       'grain corridor to Valdoria," the readout of the call said.')


def test_the_statement_on_the_talks_as_subject():
    assert ("us", SUPPORTED) in _cited("The White House said the President spoke with Berg. The statement on the talks "
                                       "added that the President backed the grain corridor to Valdoria.")


def test_a_readout_of_the_call_from_elsewhere_is_not_the_institution_named_before():
    assert ("us", SUPPORTED) not in _cited("The White House said the President spoke with Berg. The President backed "
                                           "the grain corridor to Valdoria, the readout of the call released by NATO "
                                           "said.")
