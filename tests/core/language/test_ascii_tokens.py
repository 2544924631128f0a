"""A folded text of ASCII alone is tokenised with ASCII letters and digits: the same tokens as with Unicode's."""

import random
import re

import pytest

from readout_viewer.core.language import text


class _Unsearchable:
    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"searched ({name})")


def test_an_ascii_text_is_tokenised_without_the_unicode_pattern(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(text, "_WORD", _Unsearchable())
    assert [t.norm for t in text._tokenise("The U.S. and Russia's \u201cco-operation\u201d \u2014 50_50 x.")] == [
        "the", "us", "and", "russia's", "co-operation", "50", "50", "x"]


def test_ascii_tokens_are_those_of_the_unicode_pattern():
    unicode_words = re.compile(r"[^\W_]+(?:['\-.][^\W_]+)*")
    for ch in map(chr, range(128)):  # [^\W_] takes an ASCII character exactly when it is a letter or a digit
        assert bool(unicode_words.fullmatch(ch)) == bool(text._ASCII_WORD.fullmatch(ch)), repr(ch)
    rng = random.Random(8)
    alphabet = "aZk9_'-. \n\t,;:!?()\"`\u2019\u201c\u2014\u00e9\u0130\u212a"
    for _ in range(3000):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        folded = text.fold(sample)
        want = [(m.group().replace(".", ""), m.start(), m.end()) for m in unicode_words.finditer(folded)]
        assert [tuple(t) for t in text._tokenise(sample)] == want, sample
