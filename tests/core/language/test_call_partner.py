"""Whom a readout's first line says its leader spoke with: the name without its title, the country, the title."""

from readout_viewer.core.language.call_partner import Partner, alone_word, spoken_with


def test_a_president_elect_of_a_country():
    line = "President Ola Berg spoke today with President-elect Eva Sol of Sweden to congratulate her on her election."
    assert spoken_with(line) == Partner("Eva Sol", "SE", "president-elect", "Sweden")


def test_a_crown_prince_with_no_country_after_him():
    line = "President Ola Berg spoke today with Crown Prince Karl bin Harald Vasa to reaffirm the partnership."
    assert spoken_with(line) == Partner("Karl bin Harald Vasa", None, "crown prince")


def test_a_line_that_names_no_one_spoken_with():
    assert spoken_with("President Ola Berg proposed a joint patrol of the strait.") is None


def test_the_word_that_names_the_leader_alone():
    assert alone_word("Eva Sol", "SE") == "Sol"
