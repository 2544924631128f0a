"""word_key spares a word the transliteration searches it cannot match, and gives every word the same key."""

import random
import re

from readout_viewer.core.language.text import spelling
from readout_viewer.core.quotes import words
from readout_viewer.core.quotes.words import _DOUBLED_FINAL, _SKY, word_key


def _searched(norm: str) -> str:
    """word_key as it was: both searches on every word (its spelling rule, accents too, text.spelling's)."""
    key = _SKY.sub("sky", spelling(norm.replace("-", "").replace("'", "")))
    return _DOUBLED_FINAL.sub(r"\1", key) if _DOUBLED_FINAL.search(key) else key


def test_literal_words():
    assert [word_key(w) for w in ("zelenskiy", "zelenskyy", "donbass", "kiev", "labour", "co-operation", "add")] == [
        "zelensky", "zelensky", "donbas", "kyiv", "labor", "cooperation", "add"]
    assert not words._doubled("talks") and words._doubled("donbass") and words._doubled("abc\n")


def test_the_same_key_as_searching_every_word():
    rng = random.Random(9)
    parts = ["sk", "iy", "yy", "y", "ss", "ll", "our", "ise", "zelen", "don", "bas", "a", "-", "'", "ogue", "re", "\n",
             "\u00e9", "1", "kiev", "mme", "ence", "ysed"]
    for _ in range(4000):
        norm = "".join(rng.choices(parts, k=rng.randint(1, 6)))
        word_key.cache_clear()
        assert word_key(norm) == _searched(norm), norm
    assert re.fullmatch(r"\w+", word_key("zelenskyy"))
