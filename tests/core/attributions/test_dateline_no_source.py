"""A wire dateline ("MOSCOW (Reuters) –") says where a story was filed: its place is no antecedent of "it said", while
the same place named as a source in the story's body ("Moscow said") still cites its side."""

from readout_viewer.core.language.segment import in_dateline
from readout_viewer.core.model import SUPPORTED
from tests.core.attributions.test_attributions import check, folder, only

_TOLD = "the President pledged that no new missile batteries would be placed near the northern border"


def test_in_dateline_is_the_wire_dateline_opening_a_line():
    text = "MOSCOW (Reuters) \u2013 The talks went well. Moscow said more.\nBEIJING, April 6 (Xinhua) -- Rain."
    assert in_dateline(text, 0)
    assert in_dateline(text, text.index("BEIJING"))
    assert not in_dateline(text, text.index("Moscow said"))
    assert not in_dateline(text, text.index("The talks"))


def test_it_said_after_a_dateline_has_no_antecedent():
    docs = folder(f"MOSCOW (dpa-AFX) \u2013 The two leaders spoke on Monday evening. Further, {_TOLD}, it said "
                  "after the call.")
    assert [a for a in check(docs) if a.doc == "news"] == []


def test_it_said_after_a_dateline_and_a_source_cites_the_source():
    docs = folder(f"MOSCOW (Reuters) \u2013 The White House welcomed the talks. Further, {_TOLD}, it said.")
    a = only(check(docs))
    assert (a.cited, a.cited_as) == ("us", "it (The White House)")


def test_the_place_named_as_a_source_in_the_body_still_cites_its_side():
    docs = folder(f"MOSCOW (Reuters) \u2013 The two leaders spoke on Monday. Moscow said {_TOLD}.")
    a = only(check(docs))
    assert (a.cited, a.verdict, a.cited_as) == ("ru", SUPPORTED, "Moscow")
