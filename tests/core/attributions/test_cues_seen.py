"""Cues a reader sees that the finder missed until round 28: offices, initials, bare documents, unnamed voices."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, news_attributions, reading

RU_TEXT = "The President of Russia spoke with the Prime Minister of India. Putin briefed Modi on the situation."
IN_TEXT = ("Prime Minister Shri Narendra Modi spoke today with President Vladimir Putin of Russia. The Prime Minister "
           "stressed that the safety of Indian students abroad was the highest priority of the government.")
UNNAMED = "The safety of Indian students abroad was the highest priority of the government"
SAID = "Modi stressed that the safety of Indian students abroad was the highest priority of the government"


OFFICIAL_TEXTS = [reading("ru", RU_TEXT, OFFICIAL, "President of Russia", "RU"),
                  reading("in", IN_TEXT, OFFICIAL, "Prime Minister's Office, Government of India", "IN")]


def _cited(sentence):
    return cited_verdicts(OFFICIAL_TEXTS, f"Snow fell in Delhi. {sentence}")


def _cited_as(sentence):
    return [(a.cited_as, a.cited, a.verdict) for a in news_attributions(OFFICIAL_TEXTS, f"Snow fell in Delhi. {sentence}")]


def test_as_per_is_according_to():
    assert _cited(f"{SAID}, as per the Prime Minister's Office.") == [("in", SUPPORTED)]


def test_the_pm_s_office_is_the_prime_minister_s_office():
    assert _cited(f"{SAID}, the PM\u2019s Office said.") == [("in", SUPPORTED)]


def test_initials_in_brackets_after_a_body_s_name_belong_to_the_name():
    assert _cited(f"{SAID}, a statement from the Ministry of External Affairs (MEA) said.") == [("in", SUPPORTED)]


def test_here_between_a_source_and_its_verb_is_where_it_spoke():
    assert _cited_as(f"The Prime Minister's Office here said {SAID[0].lower()}{SAID[1:]}.") == [
        ("The Prime Minister's Office", "in", SUPPORTED)]


def test_any_noun_of_an_official_text_alone_stands_for_the_body_named_before():
    found = _cited_as(f"The Prime Minister's Office issued a statement on the call. {SAID}, the press release stated.")
    assert ("the press release (The Prime Minister's Office)", "in", SUPPORTED) in found


def test_state_media_named_alone_carry_a_government_of_the_call():
    assert _cited_as(f"{UNNAMED}, according to state media.") == [("state media", "in", SUPPORTED)]


def test_state_media_after_a_side_s_name_are_not_named_alone():
    assert _cited_as(f"Norwegian state media said {UNNAMED[0].lower()}{UNNAMED[1:]}.") == []


def test_official_sources_named_alone_speak_for_a_government_of_the_call():
    assert _cited_as(f"{UNNAMED}, according to official sources.") == [("official sources", "in", SUPPORTED)]
