"""A side's offices as outlets name them and no adjective builds, from the attribution probe (eval/attr_probe.yaml):
a foreign ministry by its own name ("the State Department said", side_names.OWN_OFFICES), a president's office by the
title's adjective ("South Korea's presidential office said", offices.PRESIDENTIAL_BODIES) and a side's official news
agency ("Qatar's official news agency, QNA, announced", side_names.STATE_MEDIA)."""

from readout_viewer.core.model import MISATTRIBUTED, OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading
from tests.core.attributions.test_attributions import check, folder, only

SAID = "the President pledged that no new missile batteries would be placed near the northern border."
AGREED = "the two leaders agreed to expand cooperation on clean energy and maritime security"


def test_the_state_department_cites_the_us_text():
    a = only(check(folder(f"Snow fell. The State Department said {SAID}")))
    assert (a.cited, a.cited_as, a.verdict, a.found_in) == ("us", "The State Department", MISATTRIBUTED, "ru")


def test_the_us_state_department_said_in_a_statement_after_the_words():
    cap = SAID[0].upper() + SAID[1:-1]
    a = only(check(folder(f"Snow fell. {cap}, the U.S. State Department said in a statement.")))
    assert (a.cited, a.verdict) == ("us", MISATTRIBUTED)


def _korea_and_us() -> list:
    us = reading("us", "U.S. President Joe Biden spoke today with South Korean President Yoon Suk Yeol. The leaders "
                 "discussed regional security.", OFFICIAL, "The White House", "US")
    kr = reading("kr", f"South Korean President Yoon Suk Yeol held a telephone conversation with U.S. President Joe "
                 f"Biden. {AGREED[0].upper()}{AGREED[1:]}.", OFFICIAL,
                 "Office of the President of the Republic of Korea", "KR")
    return [us, kr]


def test_a_country_s_presidential_office_cites_its_text():
    found = news_attributions(_korea_and_us(), f"Snow fell. South Korea's presidential office said {AGREED}.")
    assert [(a.cited, a.cited_as, a.verdict) for a in found] == [
        ("kr", "South Korea's presidential office", SUPPORTED)]


def test_the_adjective_s_presidential_office_cites_its_text():
    found = news_attributions(_korea_and_us(), f"Snow fell. {AGREED[0].upper()}{AGREED[1:]}, the South Korean "
                              "presidential office said.")
    assert [(a.cited, a.verdict) for a in found] == [("kr", SUPPORTED)]


def test_a_country_s_official_news_agency_cites_its_government():
    a = only(check(folder(f"Snow fell. Russia's official news agency, RIA, announced that {SAID}")))
    assert (a.cited, a.verdict) == ("ru", SUPPORTED)
