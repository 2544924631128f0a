"""The document nouns' pattern takes the plural's "s?" once after the group, not after each noun: the same matches,
in the same order, as each noun with its own "s?", with less to compile."""

import random
import re

from readout_viewer.core.language import documents

WORDS = sorted(documents.DOCUMENT_NOUNS + documents.DOCUMENT_CHANNELS, key=len, reverse=True)
EACH = "|".join(word.replace(" ", r"\s+") + "s?" for word in WORDS)


def test_the_plural_is_taken_once():
    assert documents.document_nouns_pattern().count("s?") == 1


def test_the_same_matches_as_each_noun_with_its_plural():
    rng = random.Random(9)
    pieces = [w for word in WORDS for w in word.split()] + ["s", "ss", " ", "  ", "\n", "of", "the", "é", "x"]
    texts = ["".join(rng.choices(pieces, k=rng.randint(1, 8))) for _ in range(3000)]
    for context in (r"(?:{})", r"\b(?:{})\b", r"(?:{})(?:s|\s+from)", r"(?:{}|description)\s+by"):
        once, each = (re.compile(context.format(p), re.IGNORECASE)
                      for p in (documents.document_nouns_pattern(), EACH))
        assert [[m.span() for m in once.finditer(t)] for t in texts] == \
            [[m.span() for m in each.finditer(t)] for t in texts]
