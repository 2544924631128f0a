"""Where a negation's clause ends: the marks between a claim's words are found in one scan of the claim, not by a
search of each gap between two words, with the same word indexes as those searches gave."""

import random
import re

from readout_viewer.core.language import negation
from readout_viewer.core.language.text import fold, tokens

PIECES = ["not", "the", "talks", "U.S.", "e.g.", "co-operation", "don't", "9-10", "\u00e9t\u00e9", ",", ";", ":", "(",
          ")", "\u2013", "\u2014", "-", " ", "  ", ".", "\"", "1,000", "3.5"]


def old_starts(folded, toks):
    """The searches of each gap, as clause_starts made them before."""
    mark = re.compile(r"[,;:()\u2013\u2014]")
    return frozenset(i for i in range(1, len(toks)) if mark.search(folded, toks[i - 1].end, toks[i].start))


class _ScanOnly:
    """The marks' pattern with no search() to ask of each gap."""

    def __init__(self, pattern):
        self.finditer = pattern.finditer


def test_the_marks_are_scanned_for_once(monkeypatch):
    monkeypatch.setattr(negation, "_CLAUSE_MARK", _ScanOnly(negation._CLAUSE_MARK))
    text = "A possible temporary ceasefire, should appropriate agreements be reached (later) - or not."
    assert negation.clause_starts(fold(text), tokens(text)) == {4, 9, 10}  # not the hyphen before "or"


def test_the_same_words_as_a_search_of_each_gap():
    rng = random.Random(13)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 16)))
        folded, toks = fold(text), tokens(text)
        assert negation.clause_starts(folded, toks) == old_starts(folded, toks), repr(text)
        found += bool(old_starts(folded, toks))
    assert found > 1000
