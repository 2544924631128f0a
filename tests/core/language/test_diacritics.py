"""A Latin word with or without its diacritics is one word (text.spelling): Erdoğan/Erdogan, Türkiye/Turkiye."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import spelling, stem


def test_a_name_with_diacritics_stems_as_the_plain_spelling() -> None:
    assert stem("erdoğan") == stem("erdogan")
    assert stem("türkiye") == stem("turkiye")
    assert concept("dağ") == concept("dag")


def test_a_letter_whose_base_is_no_latin_letter_keeps_its_mark() -> None:
    assert spelling("мой") == "мой"  # Cyrillic short i is not the vowel и
    assert stem("мой") != stem("мои")


def test_an_ascii_word_is_unchanged() -> None:
    assert spelling("erdogan") == "erdogan"
