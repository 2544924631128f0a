"""A statement that only says the call took place is supported by its source's own account of the call (judge._published)
when it also places the call among others ("..., the office said in a statement, the first public call since the
election"): "first", "latest", "public" describe the call, they are no point said on it (verdicts.CALL_PLACE); so do
the words that say it happened ("confirmed that the call had taken place")."""

from dataclasses import replace

from readout_viewer.core.model import OFFICIAL, SUPPORTED, UNSUPPORTED
from tests.builders import cited_verdicts, reading

HQ_TEXT = "Prime Minister Anna Holm spoke today with President Mark Varga. They discussed the ferry line."


def _cited(news):
    official = reading("hq", HQ_TEXT, OFFICIAL, "Office of the Prime Minister", "VL")
    # the title names the leaders, as an official text's does (statements.leader_words)
    return cited_verdicts([replace(official, title="Prime Minister Anna Holm's call with President Mark Varga")], news)


def test_the_call_placed_among_others_is_the_call_made_public():
    assert _cited("Anna Holm held a phone call with Mark Varga on Wednesday, the Office of the Prime Minister said in "
                  "a statement, the first public call since May.") == [("hq", SUPPORTED)]


def test_a_point_beside_it_is_still_checked():
    assert _cited("Anna Holm held a phone call with Mark Varga on Wednesday, the Office of the Prime Minister said in "
                  "a statement, the first public rebuke of the harbour tariffs.") == [("hq", UNSUPPORTED)]


def test_that_the_call_took_place_is_the_call_made_public():
    assert _cited("The Office of the Prime Minister confirmed that the call had taken place.") == [("hq", SUPPORTED)]


def test_where_a_point_took_place_is_still_checked():
    assert _cited("The Office of the Prime Minister confirmed that the harbour tariffs talks had taken place in "
                  "Bergen.") == [("hq", UNSUPPORTED)]
