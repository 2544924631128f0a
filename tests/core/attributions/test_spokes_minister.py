"""The minister who speaks for a government, titled by the ministry's field ("Pakistan's Information Minister Fawad
Chaudhry ... said", people._QUALIFIERS), and a statement's last words as its speaker ends them ('"...," Hebestreit
concluded': cue_words.VERBS): the fifth attribution probe, eval/attr_probe5.yaml."""

from readout_viewer.core.model import SUPPORTED
from tests.builders import cited_in, two_readouts

US = ("US", "U.S. President", "Joe Biden", "The White House")
DISCUSSED = "the two leaders discussed issues of mutual interest"


def _call(code: str, title: str, leader: str, source: str) -> list:
    return two_readouts((code, title, leader, source), US, DISCUSSED)


_cited = cited_in


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
