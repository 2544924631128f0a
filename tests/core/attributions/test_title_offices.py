"""A body named by its leader's title alone ("the presidential office said") names every side whose leader the folder
titles so (offices.TITLE_OFFICES): in a call of two presidents it may be either side's, never a misattribution of one."""

from readout_viewer.core.model import MISATTRIBUTED, OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

KYIV = reading("kyiv", "We discussed the work of the grain corridor and the exchange of prisoners.", OFFICIAL,
               "Office of the President of Ukraine", "UA")
QUOTED = "\u201cThe port of Odesa must reopen for every grain ship before the winter,\u201d the presidential office said."
PORT = "The port of Odesa must reopen for every grain ship before the winter."


def _verdict(other: str, side: str, opening: str) -> str:
    official = reading("other", PORT, OFFICIAL, other, side)
    (found,) = [a for a in news_attributions([KYIV, official], f"{opening} {QUOTED}") if "presidential" in a.cited_as]
    return found.verdict


def test_two_presidents_the_presidential_office_may_be_either_side():
    assert _verdict("Presidency of the Republic of T\u00fcrkiye", "TR",
                    "Ukrainian President Volodymyr Zelenskyy and Turkish President Recep Tayyip Erdogan held a phone "
                    "call on Tuesday.") == SUPPORTED


def test_a_president_and_a_prime_minister_the_presidential_office_is_the_president_s():
    assert _verdict("10 Downing Street", "GB",
                    "Ukrainian President Volodymyr Zelenskyy and British Prime Minister Rishi Sunak held a phone "
                    "call on Tuesday.") == MISATTRIBUTED
