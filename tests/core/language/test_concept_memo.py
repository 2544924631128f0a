"""Speed, the same results: the concept of a word memoised, a bounded cache of a pure function."""

from readout_viewer.core.language import synonyms
from readout_viewer.core.language.synonyms import CANON, WORD_SENSES, concept
from readout_viewer.core.language.text import STEM_CACHE, stem


def test_concept_is_memoised_with_the_same_result() -> None:
    for word in ("talks", "airstrikes", "cooperation", "co-operation", "kiev", "2022", "emphasised"):
        s = stem(WORD_SENSES.get(word, word))
        assert concept(word) == CANON.get(s, s)
        assert concept(word) == concept(word)
    assert synonyms.concept.cache_info().hits > 0


def test_the_concept_memo_is_bounded() -> None:
    assert synonyms.concept.cache_info().maxsize == STEM_CACHE
    synonyms.concept.cache_clear()
    for n in range(100):
        concept(f"word{n}")
    assert synonyms.concept.cache_info().currsize == 100 <= STEM_CACHE
