"""African governments in the country table; a title-case headline's verb ends a leader's name (round 31, links37)."""

from readout_viewer.core.language.countries import code_of, leaders_in


def test_kenya_and_its_leader_are_known():
    assert code_of("Kenyan") == "KE"
    assert leaders_in("Kenyan President William Ruto spoke.") == {"William Ruto": "KE", "Ruto": "KE"}


def test_a_headline_verb_ends_the_name():
    found = leaders_in("US President Biden Calls Ruto")
    assert found == {"Biden": "US"}


def test_a_name_without_a_verb_is_whole():
    assert leaders_in("US President Joe Biden") == {"Joe Biden": "US", "Biden": "US"}
