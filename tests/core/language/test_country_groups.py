"""The countries' paraphrase groups come from countries.COUNTRIES (language/synonyms.py), not from a second list."""

from readout_viewer.core.language.synonyms import concept, country_group


def test_a_country_group_holds_its_names_adjectives_and_seats():
    assert country_group("RU") == ("russia", "russian", "russians", "moscow", "kremlin")
    assert concept("kremlin") == concept("moscow") == concept("russian") == concept("russia")


def test_abbreviations_and_a_seat_that_stems_to_a_common_word_stay_out():
    assert country_group("US") == ("america", "american", "americans", "washington")  # not "us", "u.s.", "usa"
    assert "chancellery" not in country_group("DE") and concept("chance") != concept("germany")


def test_turkiye_turkey_turkish_and_ankara_are_one_concept():
    assert concept("türkiye") == concept("turkiye") == concept("turkey") == concept("turkish") == concept("ankara")
    assert concept("turkey") != concept("ukraine")
