"""text_keys gives the keys of text_words without making a Word of each, and a statement's content words are the
same read from either."""

import random

from readout_viewer.core.attributions import statements
from readout_viewer.core.language.text import stem
from readout_viewer.core.quotes.words import text_keys, text_words

WORDS = ["The", "co-operation", "follow-up", "U.S.", "Zelenskyy's", "programme", "labour", "theatre", "Kyiv",
         "Kiev", "well-being", "defence", "don’t", "—", "12th", "Xi-Biden", "re-elected", "talks", "said", "-", "a-"]


def test_the_keys_of_text_words():
    text = "The co-operation on follow-up talks, said U.S. officials, is well-being for Zelenskyy's programme."
    assert text_keys(text) == [w.key for w in text_words(text)]
    assert "cooperation" not in text_keys("co-operation") and text_keys("co-operation") == ["co", "operation"]


def test_random_texts_have_the_same_keys_and_content_words():
    rng = random.Random(2)
    for _ in range(500):
        text = " ".join(rng.choices(WORDS, k=rng.randint(0, 12)))
        assert text_keys(text) == [w.key for w in text_words(text)], text
        old = frozenset(stem(w.key) for w in text_words(text) if w.key not in statements.STOPWORDS)
        assert statements.content(text) == old, text
