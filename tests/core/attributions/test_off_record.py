"""Unnamed officials' words, never charged, are supported when one claim of their side's texts holds a quarter of them
(judge._off_record, SPREAD_ONE_MIN: a briefer retells the account loosely); with less, they still get no verdict."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

US_TEXT = ("President Biden spoke today with President Xi Jinping. President Biden described the economic costs Russia "
           "has faced since the invasion.")


def _cited(news):
    return cited_verdicts([reading("us", US_TEXT, OFFICIAL, "The White House", "US")], news)


def test_an_unnamed_officials_loose_retelling_is_supported():
    assert _cited("A senior administration official said that Biden pointed to the economic isolation and mounting costs "
                  "Moscow has suffered, warning of consequences.") == [("us", SUPPORTED)]


def test_words_their_side_does_not_hold_get_no_verdict():
    assert _cited("A senior administration official said the harbour tariffs would be lifted before the autumn "
                  "fishing season opens.") == []


def test_a_name_after_the_verb_is_what_they_said_not_their_name():
    # "White House official John Kirby said" is Kirby speaking; "an official said Biden ..." is the official's cue
    assert _cited("A senior administration official said Biden pointed to the economic isolation and mounting costs "
                  "Moscow has suffered, warning of consequences.") == [("us", SUPPORTED)]
    assert [c for c, _ in _cited("White House official John Kirby said the harbour tariffs would be lifted before "
                                 "the autumn fishing season.")] == [None]
