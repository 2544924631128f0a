"""An "announcement" is a document noun, as "statement" is: "The Kremlin's announcement states that ..." cites the
Kremlin's text, and '"...," the announcement reads' stands for the account named before it."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED, UNSUPPORTED
from tests.builders import cited_verdicts, reading

RU_TEXT = ("Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. The presidents "
           "discussed the situation at the Zaporozhye nuclear power plant.")


def _cited(news):
    return cited_verdicts([reading("ru", RU_TEXT, OFFICIAL, "President of Russia (Kremlin press service)", "RU")],
                          news)


def test_the_kremlin_s_announcement_states():
    assert _cited("Details: The Kremlin's announcement states that the presidents discussed the situation at the "
                  "Zaporozhye nuclear power plant.") == [("ru", SUPPORTED)]


def test_the_announcement_reads_after_its_account():
    assert _cited("According to the Kremlin's announcement, the presidents discussed the Zaporozhye plant. \"Macron "
                  "demanded that the troops withdraw heavy and light weapons from the plant at once,\" the announcement "
                  "reads.")[-1] == ("ru", UNSUPPORTED)
