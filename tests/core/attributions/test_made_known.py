"""Verbs by which a source makes its account known are cues ("the White House documented", "the Kremlin disclosed that
..."); "reveals" and "disclosed" only before what was said ("that ..."), not before what is named ("Kremlin reveals
details of the call", a headline holding no statement)."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

WH_TEXT = "The President spoke today with the Governor. They welcomed the new ferry line to the northern islands."


def _cited(news):
    return cited_verdicts([reading("wh", WH_TEXT, OFFICIAL, "The White House", "US")], news)


def test_verbs_that_make_an_account_known():
    assert _cited('"They welcomed the new ferry line to the northern islands," the White House documented.') == [
        ("wh", SUPPORTED)]
    assert _cited("The White House disclosed that the two welcomed the new ferry line to the northern islands.") == [
        ("wh", SUPPORTED)]
    assert _cited("The White House specified that the two welcomed the new ferry line to the northern islands.") == [
        ("wh", SUPPORTED)]


def test_what_is_only_named_is_no_statement():
    assert _cited("White House reveals details of the ferry call") == []
