"""A word's own final "e" is cut whether a suffix follows it or not: "closely" and "close", "agreeing" and "agree"
are one stem, as "agreed" and "agree" were already; a word too short to lose its "e" keeps it either way."""

from readout_viewer.core.language.text import stem
from readout_viewer.core.linking.terms import terms


def test_an_adverb_in_ly_meets_its_adjective() -> None:
    assert stem("closely") == stem("close")
    assert stem("safely") == stem("safe")
    assert stem("entirely") == stem("entire")


def test_a_participle_in_ing_meets_its_verb() -> None:
    assert stem("agreeing") == stem("agree") == stem("agreed") == stem("agrees")
    assert stem("freeing") == stem("free")


def test_short_words_and_forms_that_took_the_e_already_are_unchanged() -> None:
    assert stem("seeing") == stem("see") == "see"
    assert stem("takes") == stem("take")
    assert stem("closing") == stem("close")


def test_two_claims_in_the_two_forms_share_the_concept() -> None:
    a = terms("The ministers will cooperate closely on energy.")
    b = terms("They called for close cooperation on energy.")
    assert concept_of("closely", a) == concept_of("close", b)


def concept_of(word: str, t) -> str:
    found = [c for c in t.concepts if c == stem(word)]
    assert found, (word, sorted(t.concepts))
    return found[0]
