"""Ordinal numbers ("the 50th anniversary", "their third call") and the cardinal figures they count alike."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from readout_viewer.core.language.figures import UNITS, Figure
from readout_viewer.core.language.lexicon import STOPWORDS
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import fold

# Ordinals written as words, with their numbers (those of figures' number words that a text may rank by).
_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
          "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20,
          "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "ninetieth": 90, "hundredth": 100}
# An ordinal and the word it ranks ("50th anniversary", "third round"): the word right after it says what is ranked.
_ORDINAL = re.compile(r"\b(?P<n>\d+(?:st|nd|rd|th)|" + "|".join(_WORDS) + r")[\s-]+(?P<head>[a-z]+)\b")
# Words that rank a year since an event: the Nth anniversary falls N years after it ("50 years of independence" /
# "the 50th anniversary of independence" count the same years).
_YEARLY = frozenset({"anniversary", "jubilee", "birthday"})


class Ordinal(NamedTuple):
    """One ordinal: its number, its words ("50th anniversary") and the concept of the word it ranks."""

    value: float
    words: str
    head: str


@lru_cache(maxsize=1 << 12)
def ordinals(text: str) -> tuple[Ordinal, ...]:
    """Every ordinal of a text with the word it ranks; not one before a stop word ("on May 18th in Geneva": a date's
    day, ranking nothing a cardinal counts)."""
    out = []
    for m in _ORDINAL.finditer(fold(text)):
        n = m.group("n")
        if m.group("head") in STOPWORDS:
            continue
        value = float(n[:-2]) if n[0].isdigit() else float(_WORDS[n])
        head = m.group("head")
        out.append(Ordinal(value, m.group(), "year" if head in _YEARLY else concept(head)))
    return tuple(out)


_UNIT = re.compile("|".join(UNITS))


def _counted(f: Figure) -> tuple[float, str] | None:
    """A cardinal figure's number and the concept of what it counts (a duration: its unit; a count: the word after
    it), or None for a date or a percentage."""
    if f.kind == "duration":
        unit = _UNIT.search(f.words)
        return (f.value / UNITS[unit.group()], unit.group()) if unit else None
    if f.kind == "count" and f.unit and f.unit not in STOPWORDS:
        return f.value, concept(f.unit)
    return None


def ranked(f: Figure, found: tuple[Ordinal, ...]) -> bool:
    """Whether an ordinal counts the same thing as a cardinal figure: the same number, and the ordinal ranks what the
    cardinal counts ("50 years" / "the 50th anniversary": an anniversary ranks years; "three rounds" / "the third
    round"). "Two leaders" / "the second call" count different things: both stay."""
    counted = _counted(f)
    return counted is not None and any(o.value == counted[0] and o.head in (counted[1], concept(counted[1]))
                                       for o in found)
