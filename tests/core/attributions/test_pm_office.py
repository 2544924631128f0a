"""A prime minister's office by the short title after the side ("A statement from the Greek PM's office said ...",
offices.OFFICE_TITLES) and Pakistan's by the house it sits in ("the PM house said", loading.cited_names.CITED_AS):
the third attribution probe, eval/attr_probe3.yaml."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

ADDRESSED = "the two leaders addressed the reopening of borders and the restoration of tourist flows"


def _greece_and_turkey() -> list:
    gr = reading("gr", "Greek Prime Minister Kyriakos Mitsotakis held a telephone conversation with Turkish President "
                 f"Recep Tayyip Erdogan. {ADDRESSED[0].upper()}{ADDRESSED[1:]}.", OFFICIAL,
                 "Office of the Prime Minister of Greece", "GR")
    tr = reading("tr", "Turkish President Recep Tayyip Erdogan spoke with Greek Prime Minister Kyriakos Mitsotakis. "
                 "The two sides discussed migration.", OFFICIAL, "Presidency of the Republic of Türkiye", "TR")
    return [gr, tr]


def _pakistan_and_turkey() -> list:
    pk = reading("pk", "Pakistani Prime Minister Shehbaz Sharif held a telephone conversation with Turkish President "
                 f"Recep Tayyip Erdogan. {ADDRESSED[0].upper()}{ADDRESSED[1:]}.", OFFICIAL,
                 "Prime Minister's Office, Pakistan", "PK")
    tr = reading("tr", "Turkish President Recep Tayyip Erdogan spoke with Pakistani Prime Minister Shehbaz Sharif. "
                 "The two sides discussed floods.", OFFICIAL, "Presidency of the Republic of Türkiye", "TR")
    return [pk, tr]


def test_the_adjective_pm_s_office_is_the_side_s():
    found = news_attributions(_greece_and_turkey(), f"Snow fell. A statement from the Greek PM’s office said {ADDRESSED}.")
    assert [(a.cited, a.verdict) for a in found] == [("gr", SUPPORTED)]


def test_the_pm_house_is_pakistan_s_office():
    found = news_attributions(_pakistan_and_turkey(), f"Snow fell. In a press release, the PM house said {ADDRESSED}.")
    assert [(a.cited, a.verdict) for a in found] == [("pk", SUPPORTED)]


def test_a_pm_time_is_no_office():
    found = news_attributions(_greece_and_turkey(), f"Snow fell. At 5 pm the office said {ADDRESSED}.")
    assert not [a for a in found if "pm" in a.cited_as.lower()]
