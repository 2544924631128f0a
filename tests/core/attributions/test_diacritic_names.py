"""A leader's name written with its diacritics where the readouts write it without them, or the other way round
("Erdoğan wished that ...", "Orbán's office said" beside readouts of "Erdogan", "Orban": the third attribution probe,
eval/attr_probe3.yaml; spellings.with_or_without_diacritics): the same leader, at any length of name."""

from readout_viewer.core.language.spellings import other_spellings
from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

WISHED = "the election results would be beneficial for the friendly and brotherly people of Pakistan"


def _turkey_and_pakistan() -> list:
    tr = reading("tr", "Turkish President Recep Tayyip Erdogan held a telephone conversation with Pakistani Prime "
                 f"Minister Shehbaz Sharif. He wished that {WISHED}.", OFFICIAL, "Presidency of the Republic of Türkiye",
                 "TR")
    pk = reading("pk", "Pakistani Prime Minister Shehbaz Sharif spoke with Turkish President Recep Tayyip Erdogan. The "
                 "two sides discussed trade.", OFFICIAL, "Prime Minister's Office, Pakistan", "PK")
    return [tr, pk]


def test_a_name_with_its_diacritics_is_the_leader_without_them():
    assert other_spellings({"Recep Tayyip Erdogan": "TR", "Viktor Orban": "HU"},
                           ["Erdoğan spoke with Orbán.", "Vučić was not on the call."]) == {"Erdoğan": "TR",
                                                                                             "Orbán": "HU"}


def test_a_name_without_its_diacritics_is_the_leader_with_them():
    assert other_spellings({"Viktor Orbán": "HU"}, ["Orban said so."]) == {"Orban": "HU"}


def test_a_word_of_other_letters_is_no_twin():
    assert other_spellings({"Donald Tusk": "PL"}, ["Task and Tosk are other words."]) == {}


def test_the_leader_with_diacritics_cites_his_text():
    found = news_attributions(_turkey_and_pakistan(), f"Snow fell. Erdoğan wished that {WISHED}.")
    assert [(a.cited, a.verdict) for a in found] == [("tr", SUPPORTED)]
