"""The appositive's characters: the curly quotes refused by its look-ahead, its set of Latin-1 alone, the same matches."""

import random
import re
from re import _parser  # type: ignore[attr-defined]

from readout_viewer.core.attributions import cue_words

# The appositive as it was written before: the curly quotes in the negated set.
_OLD = r"(?:,(?:(?!according)[^.;\"\u201c\u201d]){1,160}?,)?"
# re compiles a set past Latin-1 of at most two runs of characters as ranges, of more as a 64 K-character map.
MAP_RUNS = 2


def _sets(parsed):
    """Every character set of a parsed pattern, as its list of items."""
    for op, av in parsed:
        if op is _parser.IN:
            yield av
        for part in (av if isinstance(av, (tuple, list)) else ()):
            if isinstance(part, _parser.SubPattern):
                yield from _sets(part)
            elif isinstance(part, (tuple, list)):
                for sub in part:
                    if isinstance(sub, _parser.SubPattern):
                        yield from _sets(sub)


def test_its_sets_compile_without_a_64k_map():
    """A set compiles to a 256-bit map, or to ranges: never the 64 K map of a set past Latin-1 in several runs."""
    for items in _sets(_parser.parse(cue_words.APPOSITIVE)):
        chars = sorted(av for op, av in items if op is _parser.LITERAL)
        runs = sum(1 for i, c in enumerate(chars) if i == 0 or chars[i - 1] != c - 1)
        assert all(op is _parser.LITERAL or op is _parser.NEGATE for op, _ in items), items
        assert all(c < 256 for c in chars) or runs <= MAP_RUNS, items


def test_the_same_matches_as_the_curly_quotes_in_the_set():
    pieces = ["Galeotti", ",", " an analyst", " according", " to", "\u201c", "\u201d", "\"", ".", ";", " said",
              " at UCL", "'", "\u2019", " ACCORDING", " accord", "\u00e9", "\n", " "]
    rng = random.Random(16)
    for flags in (0, re.IGNORECASE):
        old = re.compile(rf"(?P<who>\w+){_OLD}\s+said", flags)
        new = re.compile(rf"(?P<who>\w+){cue_words.APPOSITIVE}\s+said", flags)
        for _ in range(3000):
            text = "".join(rng.choices(pieces, k=rng.randint(1, 10)))
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text
    literal = ["Weiss, an analyst, said", "Weiss, \u201cthe analyst\u201d, said", "Weiss, according to X, said",
               "Weiss, a fellow. He said", "Weiss, ACCORDING to X, said", "Weiss, caf\u00e9 owner, said"]
    for text in literal:
        for flags in (0, re.IGNORECASE):
            old = re.compile(rf"\w+{_OLD}\s+said", flags)
            new = re.compile(rf"\w+{cue_words.APPOSITIVE}\s+said", flags)
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text
