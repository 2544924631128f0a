"""A story that retells a leader's interview, its first paragraph naming him and the interview: what it then gives as
his words he told the interviewer after the call, not words on it, so they are never listed as in no readout."""

from readout_viewer.core.attributions.occasions import interview_story
from tests.builders import WARSHIPS, unreported_texts

LEDE = ("In an interview with Nordic Radio, Norwegian President Ola Berg gave details about his conversation with the "
        "Swedish president.\n\n")


def test_the_leaders_words_in_his_interview_story_are_not_listed(tmp_path):
    news = f"{LEDE}{WARSHIPS}.\n"
    assert not any("warships" in t for t in unreported_texts(tmp_path, news))


def test_the_same_words_in_a_story_of_the_call_are_listed(tmp_path):
    news = f"Norwegian President Ola Berg spoke with the Swedish president on Monday.\n\n{WARSHIPS}.\n"
    assert any("warships" in t for t in unreported_texts(tmp_path, news))  # a guard: passes on main and here


def test_the_lede_must_name_the_leader_and_an_interview():
    assert interview_story(LEDE + "He said more.", "He (Berg)")
    assert interview_story(LEDE, "President Berg")
    assert not interview_story(LEDE, "Sol")  # another person's words
    assert not interview_story("Berg spoke with Sol on Monday.\n\nIn an interview, Lund said more.", "Berg")
