"""An account named by who released it ("a readout released by the White House") is its source's account wherever the
sentence names it, not after "according to" alone: after an inverted verb ('"...," said a readout of the conversation
released by the White House') and in an opening "In a statement by the White House, ..."."""

from readout_viewer.core.model import MISATTRIBUTED, OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

WH_TEXT = "The President spoke today with the Governor. They welcomed the new ferry line to the northern islands."
HQ_TEXT = "The Governor and the President discussed the harbour. The Governor pledged to dredge the harbour by spring."


def _cited(news):
    return cited_verdicts([reading("wh", WH_TEXT, OFFICIAL, "The White House", "US"),
                           reading("hq", HQ_TEXT, OFFICIAL, "Valdorian Government House", "VL")], news)


def test_after_an_inverted_verb():
    assert _cited('"They welcomed the new ferry line to the northern islands," said a readout of the conversation '
                  "released by the White House.") == [("wh", SUPPORTED)]


def test_in_an_opening_phrase():
    assert _cited("In a statement by the White House, the two welcomed the new ferry line to the northern "
                  "islands.") == [("wh", SUPPORTED)]
    assert _cited("In a readout released by the White House on Monday, the two welcomed the new ferry line to the "
                  "northern islands.") == [("wh", SUPPORTED)]


def test_what_the_other_account_says_is_still_charged():
    assert _cited("In a statement from the White House, the Governor pledged to dredge the harbour by "
                  "spring.") == [("wh", MISATTRIBUTED)]
