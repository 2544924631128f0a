"""The minister who speaks for a government, titled by the ministry's field ("Pakistan's Information Minister Fawad
Chaudhry ... said", people._QUALIFIERS), and a statement's last words as its speaker ends them ('"...," Hebestreit
concluded': cue_words.VERBS): the fifth attribution probe, eval/attr_probe5.yaml."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

DISCUSSED = "the two leaders discussed issues of mutual interest"


def _call(code: str, title: str, leader: str, source: str) -> list:
    own = reading(code.lower(), f"{title} {leader} held a telephone conversation with U.S. President Joe Biden. "
                  f"{DISCUSSED[0].upper()}{DISCUSSED[1:]}.", OFFICIAL, source, code)
    us = reading("us", f"U.S. President Joe Biden spoke with {title} {leader}. The leaders discussed energy.", OFFICIAL,
                 "The White House", "US")
    return [own, us]


def _cited(docs: list, sentence: str) -> list:
    return [(a.cited, a.verdict) for a in news_attributions(docs, f"Snow fell. {sentence}") if a.cited]


def test_an_information_minister_speaks_for_the_side():
    docs = _call("PK", "Pakistani Prime Minister", "Shehbaz Sharif", "Prime Minister's Office, Pakistan")
    assert _cited(docs, f"Pakistan's Information Minister Fawad Chaudhry said {DISCUSSED}.") == [("pk", SUPPORTED)]


def test_another_country_s_information_minister_is_not_the_side_s():
    docs = _call("PK", "Pakistani Prime Minister", "Shehbaz Sharif", "Prime Minister's Office, Pakistan")
    assert not [c for c in _cited(docs, f"India's Information Minister Anurag Thakur said {DISCUSSED}.") if c[0] == "pk"]


def test_a_spokesman_s_concluding_words_are_his():
    docs = _call("DE", "German Chancellor", "Olaf Scholz", "Presse- und Informationsamt der Bundesregierung")
    said = (f"German government spokesperson Steffen Hebestreit said in a statement that {DISCUSSED}. "
            f"\u201c{DISCUSSED[0].upper()}{DISCUSSED[1:]},\u201d Hebestreit concluded, without further details.")
    assert _cited(docs, said) == [("de", SUPPORTED), ("de", SUPPORTED)]


def test_an_act_concluded_is_no_statement():
    docs = _call("DE", "German Chancellor", "Olaf Scholz", "Presse- und Informationsamt der Bundesregierung")
    assert _cited(docs, f"Scholz concluded a visit to Washington, where {DISCUSSED}.") == []
