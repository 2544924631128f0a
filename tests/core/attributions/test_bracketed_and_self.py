"""Three more forms of the attribution probe (eval/attr_probe.yaml): a source's other name or a caption's word in
brackets after its name ("the British Prime Minister's Office (Downing Street) announced", "Putin (pictured) said",
cue_words.BRACKETED), and a pronoun that stresses the speaker before the verb ("Zelensky himself wrote",
cue_words.SELF); and a frame or portrait given the call ("The U.S. readout framed the conversation as ...",
cue_words.VERBS)."""

from readout_viewer.core.model import MISATTRIBUTED, SUPPORTED
from tests.core.attributions.test_attributions import check, folder, only

SAID = "the President pledged that no new missile batteries would be placed near the northern border."
CAP = SAID[0].upper() + SAID[1:-1]


def test_a_body_with_its_other_name_in_brackets_after_the_words():
    a = only(check(folder(f"Snow fell. {CAP}, the Kremlin (Presidential Executive Office) announced.")))
    assert (a.cited, a.verdict) == ("ru", SUPPORTED)


def test_a_body_with_its_seat_in_brackets_before_the_words():
    docs = folder(f"Snow fell. The White House (Washington) announced that {SAID}")
    a = only(check(docs))
    assert (a.cited, a.verdict, a.found_in) == ("us", MISATTRIBUTED, "ru")
    assert a.cited_as == "The White House (Washington)"


def test_an_institution_itself_said():
    a = only(check(folder(f"Snow fell. The Kremlin itself said {SAID}")))
    assert (a.cited, a.cited_as, a.verdict) == ("ru", "The Kremlin", SUPPORTED)


def test_more_than_three_words_in_brackets_are_no_name():
    docs = folder(f"Snow fell. The White House (which the President left early on Monday) said {SAID}")
    assert not [a for a in check(docs) if a.doc == "news" and a.cited_as.startswith("The White House (")]


def test_a_readout_that_framed_the_call_as():
    docs = folder("Snow fell. The Kremlin readout framed the conversation as a talk about the grain corridor.")
    a = only(check(docs))
    assert (a.cited, a.cited_as) == ("ru", "The Kremlin readout")


def test_an_institution_that_portrayed_the_call_as():
    docs = folder("Snow fell. The White House portrayed the conversation as a talk about the grain corridor.")
    a = only(check(docs))
    assert (a.cited, a.cited_as) == ("us", "The White House")
