"""A leader's views given at a meeting's press appearance ("Speaking Monday at a joint press conference in Rome,
Starmer said ...", and his words later in the story) are no report of the talks, unless they name the talks or tell
what the two discussed or agreed; a leader's account of a call to journalists still is (occasions.press_story,
occasions.met_the_press)."""

from readout_viewer.core.attributions.occasions import met_the_press, press_story
from tests.builders import WARSHIPS, unreported_texts

JOINT = "Speaking on Monday at a joint press conference in Oslo, President Berg praised the Swedish fleet.\n\n"
ASIDE = "The strait has been disputed for decades.\n\n"
ALONE = "Berg, speaking to journalists in Bergen, said the conversation had lasted an hour.\n\n"


def test_his_words_later_in_a_story_of_the_joint_press_conference_are_not_listed(tmp_path):
    news = JOINT + ASIDE + WARSHIPS + ".\n"
    assert not any("warships" in t for t in unreported_texts(tmp_path, news))  # main: listed


def test_his_words_after_speaking_to_journalists_of_a_call_are_listed(tmp_path):
    assert any("warships" in t for t in unreported_texts(tmp_path, ALONE + ASIDE + WARSHIPS + ".\n"))  # a guard


def test_a_joint_appearance_or_the_press_after_the_meeting_makes_a_meeting_with_the_press():
    assert met_the_press(JOINT)
    assert met_the_press("Sol told reporters at the end of talks with Berg in Oslo that the visit was a success.")
    assert met_the_press("He declined to give details to journalists after the meeting.")
    assert met_the_press("After the talks, Sol told reporters that the visit was a success.")  # the sentence's start
    assert not met_the_press(ALONE)  # a call: the leader alone before journalists
    assert not met_the_press("The joint patrol began after the meeting in May.")  # no press


def test_only_the_leader_the_story_puts_before_the_press():
    text = JOINT + ASIDE + WARSHIPS + "."
    at = text.index(WARSHIPS)
    assert press_story(text, at, len(text), "President Berg")
    assert not press_story(text, at, len(text), "President Sol")  # Sol is not at the press in this story
    beside = "\u201cThe talks went well,\u201d said Sol during a press conference alongside Berg.\n\n"
    beside += ASIDE + WARSHIPS
    assert press_story(beside, beside.index(WARSHIPS), len(beside), "Sol")
    assert not press_story(beside, beside.index(WARSHIPS), len(beside), "Berg")  # named after the press: not him
    told = "Berg told a press conference in Oslo that the visit went well.\n\n" + ASIDE + WARSHIPS
    assert press_story(told, told.index(WARSHIPS), len(told), "President Berg")  # told the press conference itself
    assert press_story(JOINT + "He added that the strait was safe.", len(JOINT), len(JOINT) + 34, "He (Berg)")


def test_a_report_of_the_talks_told_at_the_press_stays():
    for said in ("\u201cSol and I agree that three warships should patrol the strait,\u201d Berg said.",
                 "Berg said they had discussed three warships for the strait.",
                 "Berg said that in the talks three warships were offered."):
        text = JOINT + said
        assert not press_story(text, len(JOINT), len(text), "Berg"), said
