"""A ruler's court by the name English copy gives it: Qatar's Amiri Diwan as "the Amiri Court", Jordan's Royal Hashemite
Court as "the Royal Court" ("according to a Royal Court statement"; loading.cited_names.CITED_AS): the fourth attribution
probe, eval/attr_probe4.yaml; with its country after it too, "the Amiri Court of Qatar", cited._of_its_country."""

from readout_viewer.core.model import SUPPORTED
from tests.builders import news_attributions, two_readouts

US = ("US", "U.S. President", "Joe Biden", "The White House")
DISCUSSED = "the two sides discussed issues of mutual interest"


def _call(code: str, title: str, leader: str, source: str) -> list:
    return two_readouts((code, title, leader, source), US, DISCUSSED)


def test_the_amiri_court_is_qatar_s():
    docs = _call("QA", "Qatari Emir", "Tamim bin Hamad", "Amiri Diwan, State of Qatar")
    found = news_attributions(docs, f"Snow fell. The Amiri Court has also announced that {DISCUSSED}.")
    assert [(a.cited, a.verdict) for a in found] == [("qa", SUPPORTED)]


def test_the_royal_court_is_jordan_s():
    docs = _call("JO", "Jordanian King", "Abdullah II", "Royal Hashemite Court, Hashemite Kingdom of Jordan")
    found = news_attributions(docs, f"Snow fell. {DISCUSSED[0].upper()}{DISCUSSED[1:]}, according to a Royal Court "
                              "statement.")
    assert [(a.cited, a.verdict) for a in found] == [("jo", SUPPORTED)]


def test_a_court_of_law_is_no_ruler_s():
    docs = _call("QA", "Qatari Emir", "Tamim bin Hamad", "Amiri Diwan, State of Qatar")
    found = news_attributions(docs, f"Snow fell. The appeals court said {DISCUSSED}.")
    assert not [a for a in found if a.cited]


def test_a_court_with_its_country_after_it_is_the_side_s():
    docs = _call("QA", "Qatari Emir", "Tamim bin Hamad", "Amiri Diwan, State of Qatar")
    found = news_attributions(docs, f"Snow fell. The Amiri Court of Qatar has also announced that {DISCUSSED}.")
    assert [(a.cited, a.verdict) for a in found] == [("qa", SUPPORTED)]


def test_a_court_with_another_country_after_it_is_not_the_side_s():
    docs = _call("QA", "Qatari Emir", "Tamim bin Hamad", "Amiri Diwan, State of Qatar")
    found = news_attributions(docs, f"Snow fell. The Amiri Court of Kuwait has also announced that {DISCUSSED}.")
    assert not [a for a in found if a.cited == "qa" and "Kuwait" in a.cited_as]
