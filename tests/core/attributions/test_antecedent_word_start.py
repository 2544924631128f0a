"""A bare account ("the statement said") stands for a source the text names as a word of its own: an outlet called
"RT" is not named in "support" (The News Wagon's "the statement said" was read as RT's, an outlet of the folder)."""

from readout_viewer.core.model import OFFICIAL, OUTLET, SUPPORTED
from tests.builders import news_attributions, reading

US_TEXT = "The President spoke today with the Chancellor. Both believe very strongly in the grain corridor to Valdoria."


def test_a_short_name_inside_a_word_is_no_antecedent():
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"),
                reading("rt", "Snow fell on the hills of Valdoria.", OUTLET, "RT")]
    found = news_attributions(official, "The White House said the President spoke with Berg about support for "
                                        "Valdoria. Both believe in the grain corridor to Valdoria, the statement said.")
    assert (found[-1].cited, found[-1].verdict) == ("us", SUPPORTED)
