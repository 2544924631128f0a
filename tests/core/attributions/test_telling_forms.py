"""Forms of telling the cue finder reads (helper attr39): a bare account with what it is of ("the readout of the call
said"), what a source made known ("made it known", "released information that"), a source's post named before it ("read
the tweet from ...", "according to a post by ...")."""

import pytest

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

US_TEXT = ("The President spoke today with Prime Minister Berg of Sweden. The President backed the grain corridor to "
           "Valdoria.")
SE_TEXT = "Prime Minister Berg spoke with President Biden. Sweden will build a bridge across the northern fjord."
OFFICIAL_TEXTS = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"),
                  reading("se", SE_TEXT, OFFICIAL, "Government of Sweden", "SE")]
NAMED = "The White House said the President spoke with Berg. "
BACKED = ("us", SUPPORTED)
# Each form, in a news text that pins the readout's point on the White House by it.
READ = {
    "the readout of the call closing a quotation":
        NAMED + '"The President backed the grain corridor to Valdoria," the readout of the call said.',
    "the statement on the talks as subject":
        NAMED + "The statement on the talks added that the President backed the grain corridor to Valdoria.",
    "made it known": "The President backed the grain corridor to Valdoria. The White House made it known, underlining "
                     "that the President backed the grain corridor to Valdoria.",
    "released information that":
        "The White House also released information that the President backed the grain corridor to Valdoria.",
    "a quotation closed by the tweet from its source":
        '"The President backed the grain corridor to Valdoria," read the tweet from the White House.',
    "according to a post by its source":
        "The President backed the grain corridor to Valdoria, according to a post by the White House.",
}


@pytest.mark.parametrize("form", READ)
def test_the_form_pins_the_point_on_its_source(form):
    assert BACKED in cited_verdicts(OFFICIAL_TEXTS, READ[form])


def test_a_readout_of_the_call_from_elsewhere_is_not_the_institution_named_before():
    news = NAMED + "The President backed the grain corridor to Valdoria, the readout of the call released by NATO said."
    assert BACKED not in cited_verdicts(OFFICIAL_TEXTS, news)


def test_information_released_is_no_cue_without_what_it_says():
    assert cited_verdicts(OFFICIAL_TEXTS, "The White House released information on the grain corridor to Valdoria.") == []


def test_the_post_of_an_office_is_no_text():
    assert cited_verdicts(OFFICIAL_TEXTS, '"Sweden will build a bridge," read the post of the White House.') == []
