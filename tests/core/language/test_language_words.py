"""A document's words are read for its language in the sample folded when that is ASCII (curly quotes and dashes made
plain), as ASCII letters: the same words, lowered, as the Unicode pattern gives, and the same language."""

import random
import re

from readout_viewer.core.language import languages

PIECES = ["the", "The", "and", "of", "der", "und", "le", "et", "и", "в", "że", " ", "  ", "\u2019s", "\u201cquoted\u201d",
          "\u2014", "\u00a0", "\u212a", "K", "\u00b2", "x2", "_", "3", "\u0130", "\u017f", "caf\u00e9", "'", "-", ".",
          "Said", "IT", "was"]


def old_words(sample: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_]+", sample)]


class _Refused:
    def findall(self, *_):
        raise AssertionError("a sample of ASCII once folded read by the Unicode pattern")


def test_curly_quotes_and_dashes_leave_the_ascii_reading(monkeypatch):
    monkeypatch.setattr(languages, "_WORD", _Refused())
    text = "The leaders\u2019 \u201cfrank\u201d talk \u2014 the first of the year \u2014 was said to be long. " * 8
    assert languages.detect(text) == languages.ENGLISH


def test_the_same_lowered_words_and_language_as_the_unicode_pattern():
    rng = random.Random(43)
    ascii_read = 0
    for _ in range(4000):
        sample = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        assert languages._lowered_words(sample) == old_words(sample), sample
        ascii_read += languages.fold(sample).isascii()
    assert 300 < ascii_read < 3700  # both readings are taken
