"""An account of the call named by "exchange", as translated copy calls the call ("The Argentine version of the exchange
said ...", cue_words.CALL_NOUNS): the fourth attribution probe, eval/attr_probe4.yaml."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

TALKED = "the two leaders also talked about regional affairs and the situation in Venezuela"


def _argentina_and_us() -> list:
    ar = reading("ar", f"Argentine President Mauricio Macri spoke with U.S. President Donald Trump. {TALKED[0].upper()}"
                 f"{TALKED[1:]}.", OFFICIAL, "Presidency of the Argentine Nation (Casa Rosada)", "AR")
    us = reading("us", "U.S. President Donald Trump spoke with Argentine President Mauricio Macri. The leaders discussed "
                 "trade.", OFFICIAL, "The White House", "US")
    return [ar, us]


def test_the_side_s_version_of_the_exchange_is_its_account():
    found = news_attributions(_argentina_and_us(), f"Snow fell. The Argentine version of the exchange said {TALKED}.")
    assert [(a.cited, a.verdict) for a in found] == [("ar", SUPPORTED)]


def test_a_readout_of_their_exchange_released_by_a_source_is_its_account():
    found = news_attributions(_argentina_and_us(), "Snow fell. According to a readout of their exchange released by "
                              f"the White House, {TALKED}.")
    assert [a.cited for a in found] == ["us"]


def test_an_exchange_of_fire_is_no_account():
    found = news_attributions(_argentina_and_us(), f"Snow fell. An exchange of fire said little; {TALKED}.")
    assert not [a for a in found if a.cited]
