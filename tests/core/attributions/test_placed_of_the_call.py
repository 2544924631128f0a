"""An account of the call placed on its source's channel, what it is of between its noun and its verb ("according to a
readout of the phone call posted on the White House website", cue_words.PLACED_ON with OF_THE_CALL): the fourth
attribution probe, eval/attr_probe4.yaml."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

CONVEYED = "President Kenyatta conveyed his condolences for the Orlando attack"


def _kenya_and_us() -> list:
    us = reading("us", f"President Obama spoke with President Uhuru Kenyatta of Kenya. {CONVEYED}.", OFFICIAL,
                 "The White House", "US")
    ke = reading("ke", "President Uhuru Kenyatta spoke with President Barack Obama. The two leaders discussed trade.",
                 OFFICIAL, "State House Kenya", "KE")
    return [us, ke]


def test_a_readout_of_the_call_posted_on_a_website_is_its_source_s():
    found = news_attributions(_kenya_and_us(), "Snow fell. According to a readout of the phone call posted on the "
                              f"White House website, {CONVEYED}.")
    assert [(a.cited, a.verdict) for a in found] == [("us", SUPPORTED)]


def test_a_readout_of_the_call_on_a_website_is_its_source_s():
    found = news_attributions(_kenya_and_us(), "Snow fell. According to a readout of their conversation on the White "
                              f"House website, {CONVEYED}.")
    assert [(a.cited, a.verdict) for a in found] == [("us", SUPPORTED)]


def test_a_call_on_a_date_is_no_channel():
    found = news_attributions(_kenya_and_us(), "Snow fell. According to the news of the call on Thursday, "
                              f"{CONVEYED}.")
    assert not [a for a in found if a.cited == "us"]
