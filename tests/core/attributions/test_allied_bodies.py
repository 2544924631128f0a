"""The names outlets give an allied government's readout besides its source's own: the generic office that issues a
head of government's readouts ("the Prime Minister's Office", "the PMO", "the presidential office"), and the buildings
that stand for it ("No 10", "the Blue House", "the Élysée" with its accents)."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, news_attributions, reading

US_TEXT = "The President spoke today with his counterpart. He urged restraint along the northern border."
ALLY_TEXT = "The leaders spoke today. They welcomed the new agreement on critical minerals and clean energy supply chains."
SAID = "the leaders welcomed the new agreement on critical minerals and clean energy supply chains."


def _cited(source, side, cue):
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"), reading("al", ALLY_TEXT, OFFICIAL, source, side)]
    return cited_verdicts(official, f"Snow fell. {cue} {SAID}")


def test_the_prime_minister_s_office_is_the_office_that_issues_a_prime_minister_s_readouts():
    assert _cited("Prime Minister of Canada", "CA", "The Prime Minister's Office said") == [("al", SUPPORTED)]
    assert _cited("Prime Minister of Canada", "CA", "A statement from the PMO said") == [("al", SUPPORTED)]
    assert _cited("Kantei", "JP", "The office of the prime minister said") == [("al", SUPPORTED)]


def test_the_presidential_office_and_the_buildings_that_stand_for_a_government():
    assert _cited("Office of the President of the Republic of Korea", "KR", "The presidential office said") == [
        ("al", SUPPORTED)]
    assert _cited("Office of the President of the Republic of Korea", "KR", "The Blue House said") == [
        ("al", SUPPORTED)]
    assert _cited("10 Downing Street", "GB", "No 10 said") == [("al", SUPPORTED)]
    assert _cited("Présidence de la République", "FR", "The Élysée said") == [("al", SUPPORTED)]


def test_a_bare_statement_stands_for_an_office_named_with_a_curly_apostrophe():
    news = ("Snow fell. The leaders spoke on Monday, the Prime Minister\u2019s Office said. \u201cThey welcomed the new "
            "agreement on critical minerals and clean energy supply chains,\u201d the statement said.")
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"),
                reading("al", ALLY_TEXT, OFFICIAL, "Prime Minister of Canada", "CA")]
    found = [(a.cited, a.verdict, a.cited_as) for a in news_attributions(official, news)]
    assert ("al", SUPPORTED, "the statement (the Prime Minister\u2019s Office)") in found
