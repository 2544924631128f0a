"""A side's leader named by title and country ("the President of Russia's official statement", "the Prime Minister
of India") is that side's, as "the Russian president" is: not whichever side's texts alone use the bare title."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

US_TEXT = ("President Biden spoke today with President Putin of Russia. Both believe very strongly in the grain corridor "
           "to Valdoria.")
RU_TEXT = ("Vladimir Putin had a telephone conversation with Joe Biden. The leaders reaffirmed the schedule of meetings "
           "at the highest level.")


def test_the_president_of_russia_is_the_russian_side():
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"),
                reading("ru", RU_TEXT, OFFICIAL, "President of Russia (Kremlin press service)", "RU")]
    found = news_attributions(official, "According to the President of Russia's official statement, the leaders "
                                        "reaffirmed the schedule of meetings at the highest level.")
    assert [(a.cited, a.verdict) for a in found] == [("ru", SUPPORTED)]
