"""A side's country as the folder names it, for a side the table of countries lacks: its name and adjective."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from readout_viewer.core.language.call_partner import Partner
from readout_viewer.core.language.countries import COUNTRIES, country_leaders
from readout_viewer.core.model import Document

# A country's names, adjectives and seats, as countries.COUNTRIES holds them (folded).
Country = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
NO_COUNTRY: Country = ((), (), ())

# An official text's source names its country after "of" ("Presidency of the Arab Republic of Egypt", "The Presidency,
# Republic of South Africa", "Government of Kenya"): one to three capitalised words, the last such name before a
# parenthesis (what follows one is the copy's carrier: "(copy published by Nairobi Wire)").
_OF_COUNTRY = re.compile(r"\bof\s+(?:the\s+)?((?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*)")
# Words of a state's form or of an office, not of a country's name ("of the Arab Republic of Egypt": the name is
# "Egypt"; "Office of the President", "Ministry of Foreign Affairs" name none): a name all of whose words are these.
_STATE_WORDS = frozenset("arab islamic federal democratic people's peoples united republic kingdom state states "
                         "sultanate emirate federation commonwealth principality union government presidency "
                         "president prime minister chancellor king emir amir royal court foreign affairs ministry "
                         "office secretary press council cabinet communications service".split())
# How English makes a country's adjective of its name (Kenya: Kenyan, Egypt: Egyptian, Qatar: Qatari, Japan:
# Japanese): the folder's own texts say which form it takes, none is guessed.
_ADJECTIVE_ENDINGS = ("ian", "an", "n", "i", "ese", "ish")


def country_named(source: str) -> str | None:
    """The country an official text's source names after "of" (`_OF_COUNTRY`), or None."""
    names = [m.group(1) for m in _OF_COUNTRY.finditer(source.split("(")[0])]
    names = [n for n in names if not set(n.lower().split()) <= _STATE_WORDS]
    return names[-1] if names else None


def adjectives_of(name: str, texts: Sequence[str]) -> tuple[str, ...]:
    """The adjectives of a country's name the texts write ("Belmoran" of "Belmora"), folded: its name, or its name
    without a last vowel, with an ending of `_ADJECTIVE_ENDINGS`, as a capitalised word."""
    stems = {name} | ({name[:-1]} if name[-1] in "aeiouy" else set())
    endings = "|".join(_ADJECTIVE_ENDINGS)
    pattern = re.compile(rf"\b(?:{'|'.join(re.escape(s) for s in sorted(stems))})(?:{endings})\b")
    return tuple(sorted({m.group().lower() for text in texts for m in pattern.finditer(text)}))


def folder_countries(documents: Sequence[Document]) -> dict[str, Country]:
    """Each side of an official text that countries.COUNTRIES lacks -> its country as the texts name it: the name
    its source gives after "of" and the adjectives the folder writes of it (no seat)."""
    texts = [d.title + "\n" + d.text for d in documents]
    out: dict[str, Country] = {}
    for doc in documents:
        side = doc.side or ""
        if not doc.is_official or not side or side in COUNTRIES or side in out:
            continue
        name = country_named(doc.source or "")
        if name is not None:
            out[side] = ((name.lower(),), adjectives_of(name, texts), ())
    return out


def named_code(country: str, derived: Mapping[str, Country]) -> str | None:
    """The code of the country of `derived` (folder_countries, partner_countries) that goes by this name, or None."""
    folded = country.lower().strip()
    return next((code for code, (names, _, _) in derived.items() if folded and folded in names), None)


def partner_countries(found: Sequence[Partner], documents: Sequence[Document],
                      derived: Mapping[str, Country]) -> dict[str, Country]:
    """The countries of the leaders an official text's first line says its leader spoke with ("spoke today with Amir
    Sheikh Tamim of Valdoria": side_names.spoken_partners, `found`) that neither the table nor `derived` holds: each
    by its name as its code (a side with no text has no code of its own), with the adjectives the texts write."""
    texts = [d.title + "\n" + d.text for d in documents]
    # a country an official text's source names has its text in the folder, whatever its code says
    heard = {country_named(d.source or "") for d in documents if d.is_official}
    out: dict[str, Country] = {}
    for partner in found:
        name = partner.country.strip()
        if partner.code is None and name and name not in heard and named_code(name, derived) is None and \
                name not in out:
            out[name] = ((name.lower(),), adjectives_of(name, texts), ())
    return out


def country_leaders_of(documents: Sequence[Document], derived: Mapping[str, Country]) -> dict[str, str]:
    """The leaders the texts title with a country the folder names (`derived`, folder_countries: "Belmoran President
    Anwar Sadeq", "President Anwar Sadeq of Belmora"), as the table of leaders reads those of the table's countries:
    each name and the word naming the person alone -> the side."""
    out: dict[str, str] = {}
    for code, (names, adjectives, _) in derived.items():
        for doc in documents:
            for name, side in country_leaders(doc.title + "\n" + doc.text, code, names, adjectives).items():
                out.setdefault(name, side)
    return out


def side_country(code: str, derived: Mapping[str, Country]) -> Country:
    """A side's country: the table's entry, or the one the folder names (`derived`, folder_countries)."""
    return COUNTRIES.get(code) or derived.get(code, NO_COUNTRY)
