"""The countries a claim places something in, and the words of the table's countries and regions as topics."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from readout_viewer.core.language.countries import COUNTRIES, COUNTRY_NAMES, REGIONS, alternation, code_of, name_words
from readout_viewer.core.system.branches import by_first_letter

_SEATS = alternation([s for _, _, seats in COUNTRIES.values() for s in seats])
# A place a claim puts something in or sends it to ("in Moscow", "to the Russian Federation"): a preposition of
# place and a country's name or its seat, capitalised as written; the names and seats by first letter
# (branches.by_first_letter), as re tries a caseless alternation's ~400 branches one by one after every preposition.
_PLACE = re.compile(rf"\b(?P<by>in|to|into|at|from|visit|visiting)\s+(?:the\s+)?"
                    rf"(?P<place>(?i:{by_first_letter(alternation(list(COUNTRY_NAMES)) + '|' + _SEATS)}))\b")


# Prepositions after which a seat names the government, not a place: "assistance to Kiev", "a message from Moscow"
# say "to Ukraine", "from Russia" (where "in Moscow" is narrower than "in Russia").
_FOR_THE_GOVERNMENT = frozenset({"to", "from"})


def places(text: str) -> frozenset[tuple[str, bool, str]]:
    """The countries and seats a claim places something in: (country code, whether it is a seat as a place, the
    words); a seat after "to" or "from" stands for its government, as its country's name does."""
    return _found(text, gone_to=True)


def sites(text: str) -> frozenset[tuple[str, bool, str]]:
    """The places of `places` where something happens: not a country named after "to" or "from", where one goes or
    what one comes from ("during his visit to Norway" is no wider place than "met in Oslo"; helper links102)."""
    return _found(text, gone_to=False)


def _found(text: str, gone_to: bool) -> frozenset[tuple[str, bool, str]]:
    """`places`, with the countries named after "to" or "from" (`gone_to`) or without them."""
    out = set()
    for m in _PLACE.finditer(text):
        word = m.group("place")
        if not word[:1].isupper():
            continue
        code = code_of(word)
        if code is None:
            continue
        seat = word.lower() in COUNTRIES[code][2]
        if gone_to or seat or m.group("by") not in _FOR_THE_GOVERNMENT:
            out.add((code, seat and m.group("by") not in _FOR_THE_GOVERNMENT, word))
    return frozenset(out)


# Calls whose parties' place words are kept (place_words): one folder holds a few events, each built from the ~200
# rows of the table.
PLACE_WORDS_CACHE = 32


@lru_cache(maxsize=PLACE_WORDS_CACHE)
def place_words(exclude: frozenset[str] = frozenset()) -> frozenset[str]:
    """The single words of the table's country names and adjectives and of REGIONS, but the words of the countries
    coded in `exclude` (the parties of a call, who are not its topics) wherever they stand: "china" of "the South
    China Sea" or "united" and "states" of "the United Arab Emirates" would make a party's name a topic of its own
    call (readouts.shares_content), and the region or country is still named by its other words."""
    def words_of(codes: Iterable[str]) -> list[str]:
        return [w for code in codes for n in (*COUNTRIES[code][0], *COUNTRIES[code][1]) for w in name_words(n)]
    parties = set(words_of(code for code in exclude if code in COUNTRIES))
    words = words_of(code for code in COUNTRIES if code not in exclude) + [w for r in REGIONS for w in r.split()]
    return frozenset(w for w in words if w not in parties)
