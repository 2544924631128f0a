"""What a source makes known it says: "the White House made it known", "the Kremlin released information that" are
cues of that source's account, as "the Kremlin disclosed that" is."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

US_TEXT = ("The President spoke today with Prime Minister Berg of Sweden. The President backed the grain corridor to "
           "Valdoria.")
SE_TEXT = "Prime Minister Berg spoke with President Biden. Sweden will build a bridge across the northern fjord."


def _cited(news_text):
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"),
                reading("se", SE_TEXT, OFFICIAL, "Government of Sweden", "SE")]
    return [(a.cited, a.verdict) for a in news_attributions(official, news_text)]


def test_made_it_known():
    assert ("us", SUPPORTED) in _cited("The President backed the grain corridor to Valdoria. The White House made it "
                                       "known, underlining that the President backed the grain corridor to Valdoria.")


def test_released_information_that():
    assert ("us", SUPPORTED) in _cited("The White House also released information that the President backed the "
                                       "grain corridor to Valdoria.")


def test_information_released_is_no_cue_without_what_it_says():
    assert _cited("The White House released information on the grain corridor to Valdoria.") == []
