"""The leader-by-office pattern's country adjectives gathered on their first letters (countries.ROLE_PATTERN, and the
subject pattern that holds it, speakers._SUBJECT_VERB): the same matches and groups as the adjectives listed one by
one, in any case, with the letters re.IGNORECASE takes for ASCII ones and near misses."""

import random
import re

from readout_viewer.core.attributions.alternations import alternatives
from readout_viewer.core.language import countries, speakers

LISTED = countries.alternation(list(countries._ADJECTIVE))
GROUPED = re.search(r"\(\?P<adj>(.*?)\)\\s\+", countries.ROLE_PATTERN.pattern).group(1)

# The adjectives in several cases and with the letters re.IGNORECASE folds to ASCII ones (a Kelvin sign, a long s, a
# dotted and a dotless I), cut short or run on ("russia", "russians", "americano"), between the words around them.
ADJECTIVES = ("Russian", "russian", "RUSSIAN", "russia", "russians", "American", "americano", "south african",
              "South  African", "south", "korean", "north korean", "\u212azakh", "kazakh", "U\u017f", "us", "US",
              "\u0130ndian", "\u0131ndian", "indian", "Ukrainian", "ukrainians", "chinese", "Chin", "french",
              "british", "brit", "german", "japanese")
ARTICLES = ("the ", "The ", "THE ", "the\n", "the  ", "them ", "")
TITLES = ("president", "President", "prime minister", "Prime\nMinister", "leader", "side", "\u017fide",
          "head of state", "chancellor", "presidency", "")
OTHERS = (" ", "  ", " said", " stressed", " also noted", ", ", "Putin", "Xi Jinping ", "they", "theside")


def _texts(seed: int, count: int) -> list[str]:
    """Texts of a few parts, each a random other piece or an article, an adjective and a title (any of them a near
    miss or left out)."""
    rng = random.Random(seed)
    parts = [lambda: rng.choice(ARTICLES) + rng.choice(ADJECTIVES) + rng.choice((" ", "  ", "", "-")) +
             rng.choice(TITLES), lambda: rng.choice(OTHERS)]
    return ["".join(rng.choice(parts)() for _ in range(rng.randint(1, 6))) for _ in range(count)]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_adjectives_are_grouped():
    assert len(alternatives(GROUPED)) < len(alternatives(LISTED)) / 2  # one branch a first letter


def test_the_role_pattern_matches_as_the_listed_adjectives_do():
    listed = re.compile(countries.ROLE_PATTERN.pattern.replace(GROUPED, LISTED), re.IGNORECASE)
    grouped = re.compile(countries.ROLE_PATTERN.pattern, re.IGNORECASE)
    found = 0
    for text in _texts(43, 6000):
        assert _found(grouped, text) == _found(listed, text), text
        found += listed.search(text) is not None
    assert found > 300


def test_the_subject_pattern_matches_as_with_the_listed_adjectives():
    listed = re.compile(speakers._SUBJECT_VERB.pattern.replace(GROUPED, LISTED))
    found = 0
    for text in _texts(44, 6000):
        assert _found(speakers._SUBJECT_VERB, text) == _found(listed, text), text
        found += listed.search(text) is not None
    assert found > 300
