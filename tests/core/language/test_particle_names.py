"""A leader's name with a particle ("bin", "al-", "da"): the table of leaders keeps the words before it, and the
attributions also read the name as prose shortens it ("bin Tarek", "Nour", "Sousa")."""

from readout_viewer.core.language.countries import leaders_in, particle_leaders


def test_a_patronymic_names_the_son_with_its_particle():
    text = "Saudi Crown Prince Fahad bin Tarek said on Monday that the talks went well."
    assert leaders_in(text) == {"Fahad": "SA"}  # the table as before
    assert particle_leaders(text) == {"Fahad bin Tarek": "SA", "bin Tarek": "SA"}  # never "Tarek", his father


def test_an_article_and_its_hyphen_name_the_leader_alone():
    assert particle_leaders("Egyptian President Karim Samir al-Nour met the envoy.") == {
        "Karim Samir al-Nour": "EG", "Nour": "EG"}
    assert particle_leaders("Brazilian President Paulo Lima da Sousa spoke.") == {
        "Paulo Lima da Sousa": "BR", "Sousa": "BR"}


def test_a_name_without_a_particle_adds_nothing():
    text = "Russian President Ivan Berg said so."
    assert particle_leaders(text) == {}
    assert leaders_in(text) == {"Ivan Berg": "RU", "Berg": "RU"}
