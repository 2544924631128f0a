"""Both parties' governments named together as a source ("..., the two countries announced Tuesday", "according to
information released by their governments", "both sides said") cite every account of the call, as "the government"
alone does (government_cue.joint_cue); only with a verb of publishing ("both sides agreed" tells what was done)."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED, UNSUPPORTED
from tests.builders import cited_verdicts, reading

WH_TEXT = "The President spoke today with the Governor. They welcomed the new ferry line to the northern islands."
HQ_TEXT = "The Governor and the President discussed the harbour. The Governor pledged to dredge the harbour by spring."


def _cited(news):
    return cited_verdicts([reading("wh", WH_TEXT, OFFICIAL, "The White House", "US"),
                           reading("hq", HQ_TEXT, OFFICIAL, "Valdorian Government House", "VL")], news)


def test_the_two_countries_announced():
    assert _cited("The President called the Governor to welcome the new ferry line to the northern islands, the two "
                  "countries announced Tuesday.") == [("wh", SUPPORTED)]


def test_according_to_information_released_by_their_governments():
    assert _cited("The Governor would dredge the harbour by spring, according to information released by their "
                  "governments after a call.") == [("hq", SUPPORTED)]


def test_what_neither_account_holds_is_unsupported():
    assert [verdict for _, verdict in _cited("The President and the Governor agreed to build a new airport on the "
                                             "southern cape, both sides said.")] == [UNSUPPORTED]


def test_a_joint_act_is_no_source():
    assert _cited("Both sides agreed to build a new airport on the southern cape.") == []
