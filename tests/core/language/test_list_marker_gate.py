"""A speaker's list markers ("Number two, ...", "Point 3:") are looked for only in a text holding one of their words
(made caseless, as the case-insensitive pattern reads it): one without is not searched, and every text is blanked
as before."""

import random

from readout_viewer.core.language import figures
from readout_viewer.core.language.text import fold

PIECES = ["Number", "number", "POINT", "point", "Item", "step", "\u017ftep", "\u0130tem", "two", "3", "10", "one",
          " ", ",", ":", ".", ")", "the", "x", "\u00e9", "2024",
          "Number two, ", "point 3: ", "\u017ftep 1. ", "\u0130tem four) ", "STEP ten; "]


class _Refused:
    def finditer(self, *_):
        raise AssertionError("searched a text without a list marker's word")


def old_unnumbered(text: str) -> str:
    """The search of every text, as _unnumbered made it (the list markers alone: no digits asked)."""
    folded = fold(text)
    for m in figures._LIST_MARKER.finditer(text):
        start, end = m.span("n")
        folded = folded[:start] + " " * (end - start) + folded[end:]
    return folded


def test_a_text_without_a_marker_s_word_is_not_searched(monkeypatch):
    monkeypatch.setattr(figures, "_LIST_MARKER", _Refused())
    assert figures._unnumbered("The two leaders spoke for an hour.", False) == "the two leaders spoke for an hour."


def test_the_same_blanks_as_a_search_of_every_text():
    rng = random.Random(41)
    blanked = 0
    for _ in range(5000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 8)))
        assert figures._unnumbered(text, False) == old_unnumbered(text), text
        blanked += old_unnumbered(text) != fold(text)
    assert blanked > 300
