"""A bare account ("the statement said", "the statement reads") closing its statement stands for the institution
named in the sentences before it, never for a side its own statement names: in "“The Chinese side expressed support
...,” the statement reads." the Chinese side is what the Kremlin's statement is about, not who made it."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

US_TEXT = ("The President spoke today with Prime Minister Berg of Sweden. The Swedish side supported the grain corridor "
           "to Valdoria.")
SE_TEXT = "Prime Minister Berg spoke with President Biden. Sweden will build a bridge across the northern fjord."


def _cited(news_text):
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"),
                reading("se", SE_TEXT, OFFICIAL, "Government of Sweden", "SE")]
    return [(a.cited, a.verdict) for a in news_attributions(official, news_text)]


def test_a_side_inside_the_quoted_statement_is_not_who_made_it():
    assert _cited('The White House said the President spoke with Berg. "The Swedish side supported the grain corridor '
                  'to Valdoria," the statement reads.')[-1] == ("us", SUPPORTED)


def test_a_side_the_statement_names_before_its_cue_is_not_who_made_it():
    assert _cited("The White House said the President spoke with Berg. The Swedish side supported the grain corridor "
                  "to Valdoria, the statement said.")[-1] == ("us", SUPPORTED)
