"""An institution's spokesperson left unnamed, with or without "'s" ("a Downing Street spokesperson said", "a UK
government spokesperson said", "the Kremlin's spokesman said", "a spokesperson for Downing Street said"), speaks for
that institution's official text; "the message said" stands, as "the statement said" does, for the institution just
named."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

US_TEXT = "The President spoke today with the Prime Minister. He urged restraint along the northern border."
GB_TEXT = "The Prime Minister spoke to the President. He welcomed the new agreement on critical minerals supply chains."
SAID = "the Prime Minister welcomed the new agreement on critical minerals supply chains"


def _cited(news):
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"),
                reading("gb", GB_TEXT, OFFICIAL, "10 Downing Street", "GB")]
    return cited_verdicts(official, f"Snow fell. {news}")


def test_an_institution_s_spokesperson_without_the_possessive():
    assert _cited(f"A Downing Street spokesperson said {SAID}.") == [("gb", SUPPORTED)]
    assert _cited(f"A UK government spokesman said {SAID}.") == [("gb", SUPPORTED)]
    assert _cited(f"Downing Street's spokeswoman said {SAID}.") == [("gb", SUPPORTED)]


def test_a_spokesperson_for_the_source():
    assert _cited(f"A spokesperson for Downing Street said {SAID}.") == [("gb", SUPPORTED)]
    assert _cited(f"The Prime Minister spoke to the President on Monday. {SAID[0].upper()}{SAID[1:]}, said a "
                  "spokesman for Downing Street.") == [("gb", SUPPORTED)]


def test_the_message_alone_stands_for_the_institution_just_named():
    found = _cited(f"Downing Street said the leaders spoke on Monday. \"{SAID[0].upper()}{SAID[1:]},\" the message "
                   "said.")
    assert found[-1] == ("gb", SUPPORTED) and len(found) == 2
