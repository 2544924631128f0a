"""A head of state named after the side, as translated prose names one ("The head of the Ukrainian state pointed out
...", "The head of the Kyrgyz Republic expressed ...": the third attribution probe, eval/attr_probe3.yaml;
offices.HEAD_OF_STATE, offices.HEAD_OF): the side's leader, as "the Ukrainian head of state" is."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

AGREED = "the two presidents agreed to expand cooperation in energy, transport and agriculture"


def _kyrgyzstan_and_turkey() -> list:
    kg = reading("kg", "Kyrgyz President Sadyr Japarov held a telephone conversation with Turkish President Recep "
                 f"Tayyip Erdogan. {AGREED[0].upper()}{AGREED[1:]}.", OFFICIAL,
                 "Press Service of the President of the Kyrgyz Republic", "KG")
    tr = reading("tr", "Turkish President Recep Tayyip Erdogan spoke with Kyrgyz President Sadyr Japarov. The two "
                 "sides discussed tourism.", OFFICIAL, "Presidency of the Republic of Türkiye", "TR")
    return [kg, tr]


def test_the_head_of_the_adjective_state_is_the_leader():
    found = news_attributions(_kyrgyzstan_and_turkey(), "Snow fell. The head of the Kyrgyz state said that "
                              f"{AGREED}.")
    assert [(a.cited, a.verdict) for a in found] == [("kg", SUPPORTED)]


def test_the_head_of_the_country_is_the_leader():
    found = news_attributions(_kyrgyzstan_and_turkey(), "Snow fell. The head of the Kyrgyz Republic stated that "
                              f"{AGREED}.")
    assert [a.cited for a in found] == ["kg"]


def test_a_pronoun_after_the_head_of_the_country_stands_for_him():
    found = news_attributions(_kyrgyzstan_and_turkey(), "Snow fell. The head of the Kyrgyz Republic also expressed "
                              f"gratitude for the monument. According to him, {AGREED}.")
    assert "kg" in [a.cited for a in found if a.cited_as.lower().startswith("him")]


def test_the_head_of_a_delegation_is_no_leader():
    found = news_attributions(_kyrgyzstan_and_turkey(), "Snow fell. The head of the Kyrgyz delegation said that "
                              f"{AGREED}.")
    assert not [a for a in found if a.cited == "kg" and "head" in a.cited_as.lower()]
