"""Unnamed officials told by what they know or how they spoke, with no commas before the verb ("two Russian officials
familiar with the call said", "a senior administration official who briefed reporters following the call said",
"officials speaking on condition of anonymity said"): the side's officials, as without those words."""

import pytest

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

US_TEXT = ("President Joseph R. Biden, Jr. spoke today with President Vladimir Putin of Russia. The leaders discussed "
           "regional security.")
RU_TEXT = ("Vladimir Putin held a telephone conversation with President Joe Biden of the United States. The two leaders "
           "agreed to expand cooperation on clean energy, critical minerals and maritime security.")
LEAD = "Russian President Vladimir Putin spoke with U.S. President Joe Biden on Tuesday. "
SAID = "the two leaders agreed to expand cooperation on clean energy, critical minerals and maritime security."


@pytest.mark.parametrize("who", [
    "Two Russian officials familiar with the call said",
    "Two senior Russian officials familiar with the matter said",
    "A senior Russian official with knowledge of the conversation said",
    "Russian officials speaking on condition of anonymity said",
    "A senior Russian official who briefed reporters following the leaders' call said that",
    "Russian officials who spoke on condition of anonymity to discuss the private call said",
    "A Russian official who asked not to be named told reporters",
])
def test_officials_told_by_what_they_know_cite_their_side(who):
    texts = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"),
             reading("ru", RU_TEXT, OFFICIAL, "President of Russia", "RU")]
    found = news_attributions(texts, f"{LEAD}{who} {SAID}")
    assert [(a.cited, a.verdict) for a in found] == [("ru", SUPPORTED)]
