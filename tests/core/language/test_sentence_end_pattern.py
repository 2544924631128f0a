"""The sentence-end pattern opens on an alternation of literals (the stops), so that re scans for a stop's
character instead of trying the pattern at every character: the same ends as the pattern written with "[.!?]"."""

import random
import re
from re import _compiler, _parser

from readout_viewer.core.language import sentences

PIECES = ["word", "Word", "U.S", "Mr", " ", "  ", "\n", ".", "!", "?", "...", "\u2026", "\"", "\u201d", "\u2019", ")",
          "]", "1", "[2]", "\u00b9", "- ", "\u2022 ", "(", "\u201c", "pic.twitter.com/x", "Az", "News", "The", "3.5",
          "a", "X", "\u00e9t\u00e9"]


def old_pattern() -> re.Pattern[str]:
    """The pattern as it was written, its stops as a set before the ellipsis."""
    return re.compile(sentences._SENTENCE_END.pattern.replace(r"(?:\.|!|\?|\.\.\.|\u2026)", r"(?:[.!?]|\.\.\.|\u2026)",
                                                              1))


def test_re_finds_a_first_character_set_for_the_pattern():
    parsed = _parser.parse(sentences._SENTENCE_END.pattern, 0)
    assert _compiler._get_charset_prefix(parsed, 0) is not None


def test_the_same_ends_as_the_stops_written_as_a_set():
    old = old_pattern()
    assert old.pattern != sentences._SENTENCE_END.pattern
    rng = random.Random(17)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randrange(2, 24))) for _ in range(8000)]
    for text in texts:
        assert ([m.span() for m in old.finditer(text)]
                == [m.span() for m in sentences._SENTENCE_END.finditer(text)]), text
    assert sum(old.search(t) is not None for t in texts) > 300  # the texts do end sentences
