"""The linking's phrase words (`text.raw_words`): a folded text of ASCII alone is read with an ASCII set, the same
words as with Unicode's [\\w'\\-]."""

import random
import re

import pytest

from readout_viewer.core.language import text

_UNICODE_RAW = re.compile(r"[\w'\-]+")


class _Unsearchable:
    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"searched ({name})")


def test_an_ascii_text_is_read_without_the_unicode_pattern(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(text, "_RAW_WORD", _Unsearchable())
    assert text.raw_words("The Kremlin\u2019s \u201cgive-and-take\u201d \u2014 50_50, U.S.") == [
        "the", "kremlin's", "give-and-take", "-", "50_50", "u", "s"]


def test_raw_words_are_those_of_the_unicode_pattern():
    for ch in map(chr, range(128)):  # \w takes an ASCII character exactly when it is a letter, a digit or "_"
        assert bool(_UNICODE_RAW.fullmatch(ch)) == bool(text._ASCII_RAW_WORD.fullmatch(ch)), repr(ch)
    rng = random.Random(16)
    alphabet = "aZk9_'-. \n\t,;:!?()\"`\u2019\u201c\u2014\u00e9\u0130\u212a\u00bd"
    for _ in range(3000):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert text.raw_words(sample) == _UNICODE_RAW.findall(text.fold(sample)), sample
