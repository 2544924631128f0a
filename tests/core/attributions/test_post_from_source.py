"""A source's post named before it ('"...," read the tweet from Berg's official account', "according to a post by
the White House") is that source's text, as "a statement from" names one."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

US_TEXT = ("The President spoke today with Prime Minister Berg of Sweden. The President backed the grain corridor to "
           "Valdoria.")
SE_TEXT = "Prime Minister Berg spoke with President Biden. Sweden will build a bridge across the northern fjord."


def _cited(news_text):
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"),
                reading("se", SE_TEXT, OFFICIAL, "Government of Sweden", "SE")]
    return [(a.cited, a.verdict) for a in news_attributions(official, news_text)]


def test_a_quotation_closed_by_the_tweet_from_its_source():
    assert ("us", SUPPORTED) in _cited('"The President backed the grain corridor to Valdoria," read the tweet from '
                                       "the White House.")


def test_according_to_a_post_by_its_source():
    assert ("us", SUPPORTED) in _cited("The President backed the grain corridor to Valdoria, according to a post by "
                                       "the White House.")


def test_the_post_of_an_office_is_no_text():
    assert _cited('"Sweden will build a bridge," read the post of the White House.') == []
