"""A government's bodies by forms English copy gives them that the tables lacked: Pakistan's and India's "PM Office",
Downing Street's "No10" written close, a side's "foreign office" (France's, as translated copy calls the ministry),
and South Korea as "the ROK" ("the Blue House of the ROK said"); and a body with its country's name before it ("the
Pakistan Prime Minister's Office", cited._country_first): the fifth attribution probe, eval/attr_probe5.yaml."""

from readout_viewer.core.model import SUPPORTED
from tests.builders import cited_in, two_readouts

DISCUSSED = "the two sides discussed issues of mutual interest"
OTHER = {"PK": ("SA", "Saudi Crown Prince", "Mohammed bin Salman", "Saudi Press Agency (SPA), Kingdom of Saudi Arabia"),
         "GB": ("UA", "Ukrainian President", "Volodymyr Zelensky", "Office of the President of Ukraine"),
         "FR": ("TR", "Turkish President", "Recep Tayyip Erdogan",
                "Presidency of the Republic of Türkiye, Directorate of Communications"),
         "KR": ("JP", "Japanese Prime Minister", "Fumio Kishida", "Ministry of Foreign Affairs of Japan")}


def _call(code: str, title: str, leader: str, source: str) -> list:
    return two_readouts((code, title, leader, source), OTHER[code], DISCUSSED)


_cited = cited_in


def test_the_pm_office_is_pakistan_s():
    docs = _call("PK", "Pakistani Prime Minister", "Shehbaz Sharif", "Prime Minister's Office, Pakistan")
    assert _cited(docs, f"{DISCUSSED[0].upper()}{DISCUSSED[1:]}, the PM Office said.") == [("pk", SUPPORTED)]


def test_no10_written_close_is_downing_street():
    docs = _call("GB", "British Prime Minister", "Keir Starmer", "Prime Minister's Office, 10 Downing Street")
    assert _cited(docs, f"In a statement No10 said {DISCUSSED}.") == [("gb", SUPPORTED)]


def test_a_side_s_foreign_office_is_its_ministry():
    docs = _call("FR", "French President", "Emmanuel Macron", "Élysée (Présidence de la République française)")
    assert _cited(docs, f"“{DISCUSSED[0].upper()}{DISCUSSED[1:]},” the French foreign office said.") == \
        [("fr", SUPPORTED)]


def test_another_country_s_foreign_office_is_not_the_side_s():
    docs = _call("FR", "French President", "Emmanuel Macron", "Élysée (Présidence de la République française)")
    assert not [c for c in _cited(docs, f"“{DISCUSSED[0].upper()}{DISCUSSED[1:]},” the German foreign office said.")
                if c[0] == "fr"]


def test_the_rok_is_south_korea():
    docs = _call("KR", "South Korean President", "Moon Jae-in", "Office of the President of the Republic of Korea")
    assert _cited(docs, f"{DISCUSSED[0].upper()}{DISCUSSED[1:]}, the Blue House of the ROK said.") == \
        [("kr", SUPPORTED)]


def test_a_body_with_its_country_s_name_before_it_is_the_side_s():
    docs = _call("PK", "Pakistani Prime Minister", "Shehbaz Sharif", "Prime Minister's Office, Pakistan")
    assert _cited(docs, f"{DISCUSSED[0].upper()}{DISCUSSED[1:]}, according to the Pakistan Prime Minister\u2019s "
                  "Office.") == [("pk", SUPPORTED)]


def test_a_body_with_another_country_s_name_before_it_is_not_the_side_s():
    docs = _call("PK", "Pakistani Prime Minister", "Shehbaz Sharif", "Prime Minister's Office, Pakistan")
    assert not [c for c in _cited(docs, f"{DISCUSSED[0].upper()}{DISCUSSED[1:]}, according to the India Prime "
                                  "Minister's Office.") if c[0] == "pk"]
