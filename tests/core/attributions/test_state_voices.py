"""A government's voice by forms English copy gives it that the tables lacked: a side's "central television" (the
state broadcaster described, not named: "China's central television said"), and its foreign ministry with the
country's name after it, with or without the ministry's abbreviation between ("reported a statement of the Ministry of
Foreign Affairs (MoFA) of China"): the newest read event, Xi-Putin of 4 February 2022 (docs/engine.md, Round 50,
helper attr58)."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

DISCUSSED = "the two sides discussed issues of mutual interest"
SAID = f"{DISCUSSED[0].upper()}{DISCUSSED[1:]}"


def _call() -> list:
    own = reading("cn", f"Chinese President Xi Jinping held talks with Russian President Vladimir Putin. {SAID}.",
                  OFFICIAL, "Xinhua", "CN")
    theirs = reading("ru", "Russian President Vladimir Putin met Chinese President Xi Jinping. The leaders discussed "
                     "energy.", OFFICIAL, "President of Russia (Kremlin)", "RU")
    return [own, theirs]


def _cited(sentence: str) -> list:
    return [(a.cited, a.verdict) for a in news_attributions(_call(), f"Snow fell. {sentence}") if a.cited]


def test_a_side_s_central_television_is_its_voice():
    assert _cited(f"{SAID}, China\u2019s central television said on Friday.") == [("cn", SUPPORTED)]


def test_another_side_s_central_television_is_not_this_side_s():
    assert not [c for c in _cited(f"{SAID}, Vietnam's central television said on Friday.") if c[0] == "cn"]


def test_the_adjective_s_central_television_is_the_side_s():
    assert _cited(f"{SAID}, Chinese central television said.") == [("cn", SUPPORTED)]


def test_the_ministry_with_its_country_after_it_is_the_side_s():
    assert _cited(f"{SAID}, according to a statement of the Ministry of Foreign Affairs of China.") == \
        [("cn", SUPPORTED)]


def test_the_other_side_s_ministry_with_its_country_after_it_is_not_this_side_s():
    assert not [c for c in _cited(f"{SAID}, the Ministry of Foreign Affairs of Russia said.") if c[0] == "cn"]


def test_a_statement_of_the_ministry_with_its_abbreviation_is_the_side_s():
    assert _cited(f"{SAID}, reported a statement of the Ministry of Foreign Affairs (MoFA) of China.") == \
        [("cn", SUPPORTED)]
