"""An alternation regrouped on its first letters (system.branches.by_first_letter) matches what it matched, in the same
order of preference, case-insensitively or not; one it cannot regroup so is given back as it is."""

import random
import re

import pytest

from readout_viewer.core.system.branches import by_first_letter

WORDS = ["said", "says", "say", "stressed", "stated", "made clear", "made", "noted", "note", "agreed", "added", "a",
         "emphasi[sz]ed", r"was\s+(?:very\s+)?clear", "spoke", "s", "told", "laid out", "made (?:it )?clear"]
PIECES = ["said", "say", "s", "stressed", "stated", "made", " clear", "made clear", "note", "noted", "agreed", "a",
          "added", "emphasized", "emphasised", "was", " very", "  ", " ", "clear", "spoke", "told", "laid out", "it ",
          "SAID", "Made", "\u017f", "x", ",", "'"]


def test_the_alternatives_of_a_letter_are_gathered_behind_it():
    assert by_first_letter("said|stressed|made clear|made|noted") == "s(?:aid|tressed)|m(?:ade clear|ade)|noted"


@pytest.mark.parametrize("alternation", [r"said|(?:was|were)\s+quoted", "said|a?b", "said|Told", r"(said)|told",
                                         r"(?P<verb>said)|told", r"said|\btold", "said|"])
def test_what_it_cannot_regroup_is_given_back(alternation):
    assert by_first_letter(alternation) == alternation


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_the_same_matches_as_the_alternation(flags):
    rng = random.Random(29)
    found = 0
    for _ in range(300):
        alternation = "|".join(rng.sample(WORDS, rng.randint(2, len(WORDS))))
        old = re.compile(rf"(?:{alternation})\b", flags)
        new = re.compile(rf"(?:{by_first_letter(alternation)})\b", flags)
        for _ in range(20):
            text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 8)))
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], (alternation, text)
            found += old.search(text) is not None
    assert found > 1000
