""""Downing St", as headlines and wire copy shorten it, is Downing Street: a relative clause's "it" after it stands for
the British readout, not for a side named in the sentences before (loading.governments, language.country_table)."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

UK_SAID = "The leaders discussed the extent of UK-US cooperation, both bilaterally and in regions such as the Indo-Pacific."


def _us_and_uk() -> list:
    us = reading("us", "President Biden spoke with Prime Minister Sunak to congratulate him. The leaders affirmed the "
                 "special relationship.", OFFICIAL, "The White House", "US")
    uk = reading("uk", f"The Prime Minister spoke to President Biden this evening. {UK_SAID}", OFFICIAL,
                 "Prime Minister's Office, 10 Downing Street", "GB")
    return [us, uk]


def test_downing_st_s_own_read_out_is_the_british_text():
    found = news_attributions(_us_and_uk(), "Washington said the two leaders affirmed the special relationship. "
                              "Downing St had earlier released its own read-out of the call in which it said the pair "
                              "“discussed the extent of UK-US cooperation, both bilaterally and in regions such as the "
                              "Indo-Pacific.”")
    assert [(a.cited, a.verdict) for a in found if "UK-US" in a.detail or a.cited == "uk"] == [("uk", SUPPORTED)]


def test_downing_st_said_cites_the_british_text():
    found = news_attributions(_us_and_uk(), f"Snow fell. Downing St said: “{UK_SAID}”")
    assert [(a.cited, a.verdict) for a in found] == [("uk", SUPPORTED)]
