"""Ethiopia's leader named by the given name ('"Ethiopia continues to prioritize strengthening relations with our
neighbouring countries," Abiy said': the fourth attribution probe, eval/attr_probe4.yaml; countries.GIVEN_NAME_TOO),
an Ethiopian name holding no family name."""

from readout_viewer.core.language.countries import leaders_in
from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

PRIORITY = "Ethiopia continues to prioritize strengthening relations with its neighbouring countries"


def _ethiopia_and_somalia() -> list:
    et = reading("et", "Ethiopian Prime Minister Abiy Ahmed held a phone conversation with Somali President Mohamed "
                 f"Abdullahi Farmajo. He said {PRIORITY[0].lower()}{PRIORITY[1:]}.", OFFICIAL,
                 "Office of the Prime Minister, Federal Democratic Republic of Ethiopia", "ET")
    so = reading("so", "Somali President Mohamed Abdullahi Farmajo spoke with Ethiopian Prime Minister Abiy Ahmed. The "
                 "two leaders discussed security.", OFFICIAL, "Office of the President, Federal Republic of Somalia", "SO")
    return [et, so]


def test_an_ethiopian_leader_is_named_by_the_given_name_too():
    found = leaders_in("Ethiopian Prime Minister Abiy Ahmed met Kenyan President William Ruto.")
    assert (found.get("Abiy"), found.get("Ahmed")) == ("ET", "ET")


def test_the_given_name_cites_his_text():
    found = news_attributions(_ethiopia_and_somalia(), f"Snow fell. “{PRIORITY},” Abiy said.")
    assert [(a.cited, a.verdict) for a in found] == [("et", SUPPORTED)]


def test_another_country_s_leader_keeps_his_family_name_alone():
    found = leaders_in("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed.")
    assert "William" not in found
