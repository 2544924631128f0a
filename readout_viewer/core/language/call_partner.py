"""Who an official text's first line says its leader spoke with: the other party of the call, by name and country."""

from __future__ import annotations

import re
from typing import NamedTuple

from readout_viewer.core.language.countries import FAMILY_NAME_FIRST, LEADER_TITLES, code_of
from readout_viewer.core.language.particles import NAME_PARTICLES

# A readout's first line names who its leader spoke with right after "with" ("President Joseph R. Biden, Jr. spoke today
# with President-elect Javier Milei of Argentina to congratulate him ...", "... spoke today with Crown Prince Mohamed
# bin Zayed Al Nahyan to reaffirm ..."): a title and a name in capitals (a particle inside it, "bin", "da":
# particles.NAME_PARTICLES, the one list of them), then perhaps "of" and the country. The table of leaders
# (`countries.leaders_in`) reads a leader only with a country's title before the name ("Argentine President Javier
# Milei"), so a president-elect or a crown prince of a city ("Abu Dhabi Crown Prince") is no leader there; this is the
# one reader of that line (the call-mention pass's `linking.call_partners` and the attribution finder's side with no
# text both use it).
_NAME_WORD = r"[A-Z][\w\u00c0-\u017e'\u2019-]*"
_WITH = re.compile(rf"\b(?:spoke|talked|speaks|talks)\b[^.;,]{{0,30}}?\bwith\s+(?P<who>{_NAME_WORD}"
                   rf"(?:\s+(?:{_NAME_WORD}|{'|'.join(NAME_PARTICLES)}))*)"
                   r"(?:\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w ]{2,30}?)(?=\s+[a-z]|[,.;]|$))?")
# The words of a title before the name ("President-elect", "Crown Prince", "Prime Minister"): not the leader's name.
_TITLE_WORDS = frozenset(w for t in LEADER_TITLES for w in t.split()) | {"elect"}


class Partner(NamedTuple):
    """Whom a first line says its leader spoke with: the name, the country's code (None: not named), the title."""

    name: str
    code: str | None
    title: str  # as written before the name, folded ("president-elect", "crown prince"); "" when none
    country: str = ""  # the country as written after the name ("Argentina"); "" when none


def spoken_with(line: str) -> Partner | None:
    """Whom `line` says its leader spoke with: the name (its title's words stripped), the code of the country named
    after it ("of Argentina"), the title; None when the line names no one so."""
    m = _WITH.search(line)
    if m is None:
        return None
    words = m.group("who").split()
    title: list[str] = []
    while words and all(part.lower() in _TITLE_WORDS for part in words[0].split("-")):
        title.append(words.pop(0).lower())
    country = m.group("country")
    return Partner(" ".join(words), code_of(country) if country else None, " ".join(title),
                   country or "") if words else None


def alone_word(name: str, code: str) -> str:
    """The word that names a leader alone, as `countries.leaders_in` takes it: the last, or the first for a side
    that writes the family name first."""
    words = name.split()
    return words[0] if code in FAMILY_NAME_FIRST else words[-1]
