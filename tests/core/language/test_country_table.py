"""The table of countries holds every member state of the United Nations, the Holy See, Palestine, Taiwan and Kosovo,
by name, adjective and seat; forms that are as often another word ("Georgia", "Chad", "Male") or that two countries
share ("Congolese") name no country (countries.OTHER_SENSES, countries._guarded)."""

from readout_viewer.core.language.countries import COUNTRIES, COUNTRY_WORDS, ROLE_PATTERN, code_of, leaders_in
from readout_viewer.core.language.country_table import TABLE
from readout_viewer.core.language.places import place_words, places

UN_MEMBERS = 193
OTHERS = ("VA", "PS", "TW", "XK")  # the two observer states, Taiwan and Kosovo


def test_the_table_holds_every_member_state_and_the_four_others():
    assert len(TABLE) == UN_MEMBERS + len(OTHERS)
    assert all(code in COUNTRIES for code in OTHERS)
    assert all(names or adjectives for names, adjectives, _ in COUNTRIES.values())


def test_a_country_the_old_table_lacked_is_read_by_name_adjective_and_seat():
    assert code_of("Paraguay") == code_of("Paraguayan") == code_of("Asunción") == "PY"
    assert code_of("Kazakhstan") == code_of("Kazakh") == code_of("Astana") == "KZ"
    assert code_of("Austria") == code_of("Austrian") == code_of("Vienna") == "AT"


def test_a_new_countrys_leader_is_read_by_adjective_and_by_name():
    assert leaders_in("Paraguayan President Santiago Pena spoke with him.") == {"Santiago Pena": "PY", "Pena": "PY"}
    assert leaders_in("He called the President of Kazakhstan Kassym Tokayev on Monday.")["Tokayev"] == "KZ"
    assert leaders_in("Austria's Chancellor Karl Nehammer said so.")["Nehammer"] == "AT"


def test_a_new_countrys_side_and_places():
    m = ROLE_PATTERN.search("the Kazakh side said it would help")
    assert m is not None and code_of(m.group("adj")) == "KZ"
    assert {code for code, _, _ in places("They will send aid to Paraguay and meet in Astana.")} == {"PY", "KZ"}


def test_a_us_state_or_a_persons_name_is_no_country():
    assert code_of("Georgia") is None and code_of("Georgian") == "GE" and code_of("Tbilisi") == "GE"
    assert code_of("Chad") is None and code_of("Chadian") == "TD"
    assert leaders_in("Georgia's Governor Brian Kemp said the vote was fair.") == {}
    assert leaders_in("Georgia's President Brian Kemp said so.") == {}  # the state's name reads no country
    assert places("The president flew to Georgia and Chad said hello.") == frozenset()
    assert leaders_in("Michael Jordan said he would watch.") == {}


def test_a_capital_that_is_a_word_or_stands_for_another_body_is_no_seat():
    assert code_of("Male") is None and code_of("Victoria") is None and code_of("Sofia") is None
    assert code_of("Brussels") is None  # the European Union's seat in the news, more than Belgium's
    assert code_of("Belgian") == "BE" and code_of("Maldives") == "MV"


def test_a_form_two_countries_share_names_neither():
    assert code_of("Congolese") is None and code_of("Congo") is None and code_of("Dominican") is None
    assert code_of("Kinshasa") == "CD" and code_of("Brazzaville") == "CG"
    assert code_of("Dominican Republic") == "DO" and code_of("Dominica") == "DM"


def test_the_common_words_of_a_longer_name_are_no_country_words():
    assert {"zealand", "herzegovina", "rica", "vatican"} <= COUNTRY_WORDS
    assert not {"new", "and", "see", "holy", "saint", "islands", "georgia", "chad"} & COUNTRY_WORDS
    assert "new" not in place_words() and "zealand" in place_words()
