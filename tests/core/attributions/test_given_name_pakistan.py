"""Pakistan's prime minister named by the given name ("PM Shehbaz also conveyed his condolences ...", the second
attribution probe, eval/attr_probe2.yaml; countries.GIVEN_NAME_TOO), as the press there names him."""

from readout_viewer.core.language.countries import leaders_in
from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

ASSURED = "his government was determined to take all necessary measures for the security of Chinese nationals"


def _pakistan_and_china() -> list:
    pk = reading("pk", "Pakistani Prime Minister Shehbaz Sharif held a telephone conversation with Chinese Premier "
                 f"Li Qiang. He said {ASSURED}.", OFFICIAL, "Prime Minister's Office, Pakistan", "PK")
    cn = reading("cn", "Chinese Premier Li Qiang spoke with Pakistani Prime Minister Shehbaz Sharif. The two sides "
                 "discussed trade.", OFFICIAL, "Ministry of Foreign Affairs of the People's Republic of China", "CN")
    return [pk, cn]


def test_a_pakistani_leader_is_named_by_the_given_name_too():
    found = leaders_in("Pakistani Prime Minister Shehbaz Sharif met Chinese President Xi Jinping.")
    assert (found.get("Shehbaz"), found.get("Sharif")) == ("PK", "PK")


def test_pm_and_the_given_name_cite_his_text():
    found = news_attributions(_pakistan_and_china(), f"Snow fell. PM Shehbaz said {ASSURED}.")
    assert [(a.cited, a.verdict) for a in found] == [("pk", SUPPORTED)]


def test_a_pronoun_after_the_given_name_stands_for_him():
    found = news_attributions(_pakistan_and_china(), "Snow fell. PM Shehbaz also conveyed his condolences to Premier "
                              f"Li. He reiterated that {ASSURED}.")
    assert "pk" in [a.cited for a in found if a.cited_as.lower().startswith("he")]
