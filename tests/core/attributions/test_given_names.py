"""A leader whose name holds no family name the press goes by, named by the first word of it, from the second
attribution probe (eval/attr_probe2.yaml): "Mr Prabowo said", "Prabowo's office said" of Indonesian President Prabowo
Subianto (countries.GIVEN_NAME_TOO)."""

from readout_viewer.core.language.countries import leaders_in
from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

AGREED = "the two leaders agreed to expand cooperation on clean energy and maritime security"


def _indonesia_and_us() -> list:
    idn = reading("id", "Indonesian President Prabowo Subianto held a telephone conversation with U.S. President "
                  f"Donald Trump. {AGREED[0].upper()}{AGREED[1:]}.", OFFICIAL,
                  "Cabinet Secretariat of the Republic of Indonesia", "ID")
    us = reading("us", "U.S. President Donald Trump spoke today with Indonesian President Prabowo Subianto. The "
                 "leaders discussed trade.", OFFICIAL, "The White House", "US")
    return [idn, us]


def test_an_indonesian_leader_is_named_by_the_first_word_too():
    found = leaders_in("Indonesian President Prabowo Subianto met U.S. President Joe Biden.")
    assert (found.get("Prabowo"), found.get("Subianto"), found.get("Joe")) == ("ID", "ID", None)


def test_a_malaysian_and_a_thai_leader_by_the_given_name():
    found = leaders_in("Malaysian Prime Minister Anwar Ibrahim spoke with Thai Prime Minister Srettha Thavisin.")
    assert (found.get("Anwar"), found.get("Srettha")) == ("MY", "TH")


def test_a_leader_by_the_given_name_cites_his_text():
    found = news_attributions(_indonesia_and_us(), f"Snow fell. Mr Prabowo said {AGREED}.")
    assert [(a.cited, a.cited_as, a.verdict) for a in found] == [("id", "Mr Prabowo", SUPPORTED)]


def test_his_office_by_the_given_name_cites_his_text():
    found = news_attributions(_indonesia_and_us(), f"Snow fell. Prabowo's office said {AGREED}.")
    assert [(a.cited, a.verdict) for a in found] == [("id", SUPPORTED)]


def test_the_last_name_alone_still_names_him():
    found = news_attributions(_indonesia_and_us(), f"Snow fell. Subianto said {AGREED}.")
    assert [(a.cited, a.verdict) for a in found] == [("id", SUPPORTED)]


def test_a_first_name_of_another_country_s_leader_names_no_one():
    found = news_attributions(_indonesia_and_us(), f"Snow fell. Donald said {AGREED}.")
    assert [a.cited for a in found] == []
