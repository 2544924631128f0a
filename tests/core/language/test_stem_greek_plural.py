"""A Greek noun in "-sis" and its plural in "-ses" are one stem ("crisis" / "crises"), as "-es" cuts the plural to
the letters before it; a short one keeps its "-is" ("basis" is no "bases"), and words that only end in "s" are as
they were."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import stem
from readout_viewer.core.linking.terms import terms


def test_a_noun_in_sis_meets_its_plural() -> None:
    assert stem("crisis") == stem("crises")
    assert stem("thesis") == stem("theses")
    assert stem("synthesis") == stem("syntheses")


def test_the_noun_still_meets_its_verb_in_size() -> None:
    assert stem("emphasis") == stem("emphasized") == stem("emphasise")


def test_short_ones_and_other_words_in_s_keep_apart() -> None:
    assert stem("basis") != stem("bases")  # a military base is no basis
    assert stem("this") == "thi"
    assert stem("talks") == stem("talk")
    assert stem("crisis") != stem("cries")


def test_two_claims_in_the_two_numbers_share_the_concept() -> None:
    one = terms("The leaders discussed the crisis in the region.")
    other = terms("The two presidents talked about crises across the region.")
    assert concept("crisis") in one.concepts
    assert concept("crisis") in other.concepts
