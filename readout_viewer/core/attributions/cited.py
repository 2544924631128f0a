"""Who a sentence names as its source, and which documents of the folder that source is, from their metadata only."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from readout_viewer.core.attributions.folder_countries import (
    Country,
    country_leaders_of,
    folder_countries,
    partner_countries,
)
from readout_viewer.core.attributions.offices import (
    CAPITAL_NAMES,
    SHORT_OFFICE_NAMES,
    add_leaders,
    heard_titles,
    partner_offices,
    share_title_offices,
    titled,
)
from readout_viewer.core.attributions.own_bodies import own_bodies, source_bodies
from readout_viewer.core.attributions.people import MIN_INITIALS, bare, people_of, short_names, spokespeople
from readout_viewer.core.attributions.side_names import (
    ministry_of,
    names_of_side,
    partners,
    spoken_partners,
    unheard_bodies,
    unheard_sides,
    unheard_titles,
    unnamed_officials,
)
from readout_viewer.core.attributions.source_leaders import source_leaders
from readout_viewer.core.language.countries import COUNTRIES, particle_leaders
from readout_viewer.core.language.documents import kind_named
from readout_viewer.core.language.speakers import folder_leaders
from readout_viewer.core.language.spellings import misspelled
from readout_viewer.core.language.text import fold
from readout_viewer.core.loading.cited_names import account_names
from readout_viewer.core.loading.governments import BY_CODE
from readout_viewer.core.model import Document

# Source values that name nobody.
_ANONYMOUS = ("unknown", "unknown outlet", "n/a", "none", "anonymous")


class Source(NamedTuple):
    """A name for a source (folded, without a leading "the") and the documents it stands for."""

    name: str
    docs: tuple[str, ...]
    person: bool = False
    weak: bool = False  # only a source after "according to"
    leader: bool = False  # a leader of a side: any official account of the call may report what they said
    unnamed: bool = False  # unnamed officials of a side ("two US officials"): a cue only where nothing else is named
    capitals: bool = False  # a name only as written in capitals ("the PM"; "pm" is a time)


# Words of a body's name its initials leave out ("Ministry of External Affairs": MEA).
_SMALL_WORDS = frozenset("of the and for on in".split())
_CAPITALS = re.compile(rf"\b[A-Z]{{{MIN_INITIALS},}}\b")


def _initials(name: str) -> str:
    """The initials of a body's name without its small words ("prime minister's office" -> "pmo")."""
    return "".join(w[0] for w in name.split() if w not in _SMALL_WORDS)


# What a news agency's name is written with after it ("Xinhua News Agency"): the same carrier.
AGENCY_KIND = "news agency"


def _channel_names(channels: Sequence[str]) -> tuple[str, ...]:
    """A government's readout channels by name, folded, and each by its name and kind unless the name holds it
    ("xinhua", "xinhua news agency"; "korean central news agency" stays as it is)."""
    names = tuple(map(fold, channels))
    return names + tuple(f"{n} {AGENCY_KIND}" for n in names if not n.endswith("agency"))


def _of_its_country(bodies: Sequence[str], code: str) -> list[str]:
    """The bodies a side's account is cited under, and each with its country's name after it ("the Amiri Court of
    Qatar has also announced ...": the fourth attribution probe, eval/attr_probe4.yaml), as "the Presidency of Egypt"
    names its presidency."""
    return list(bodies) + [f"{body} of {country}" for body in bodies for country in COUNTRIES.get(code, ((),))[0]]


def _country_first(bodies: Sequence[str], code: str) -> list[str]:
    """Each body with its country's name before it, as a noun ("according to the Pakistan Prime Minister's Office":
    the fifth attribution probe, eval/attr_probe5.yaml), where "Pakistan's" and "the Pakistani" are read already;
    not where the body's name holds the country's already."""
    return [f"{country} {body}" for body in bodies for country in COUNTRIES.get(code, ((),))[0]
            if country not in body]


def _body_names(doc: Document, written: Callable[[], frozenset[str]]) -> list[str]:
    """The names a document's source goes by besides its own: the head of a source qualified after a comma
    ("Ministry of External Affairs, Government of India"), an official body's name and its acronym in parentheses,
    the bodies its government's account is cited under, and each of these by its initials where a text writes them
    in capitals (`written`: the folder's words in capitals, folded, read once when first needed)."""
    source = bare(doc.source or "")
    names = [source.split(",")[0].strip()] if "," in source else []
    names += short_names(doc.source or "") if doc.is_official else []
    if doc.is_official:
        # its account's other names (cited_names), and the agency that carries its readouts ("Xinhua News Agency")
        names += _of_its_country(account_names(doc.side or ""), doc.side or "") + list(
            _channel_names(BY_CODE[doc.side].readout_channels) if doc.side in BY_CODE else ())
        names += own_bodies(doc) + source_bodies(doc)  # "..., the Presidential Administration said"; "(Palazzo Chigi)"
        names += _country_first(names, doc.side or "")
    initials = [i for i in map(_initials, names) if len(i) >= MIN_INITIALS and i.isalpha()]
    # "the PM's Office" for "the prime minister's office": a title's short name in the body's name
    short = [name.replace(title, s) for name in names for title, shorts in SHORT_OFFICE_NAMES.items() if title in name
             for s in shorts]
    return names + short + [i for i in initials if i in written()]


def _capitals(documents: Sequence[Document]) -> Callable[[], frozenset[str]]:
    """The words the documents write in capitals (three letters or more), folded: read at the first call only."""
    found: list[frozenset[str]] = []

    def written() -> frozenset[str]:
        if not found:
            found.append(frozenset(w.lower() for d in documents for w in _CAPITALS.findall(d.text)))
        return found[0]
    return written


def _with_particle_names(documents: Sequence[Document], leaders: Mapping[str, str]) -> dict[str, str]:
    """The table of leaders and the names of its leaders whose name holds a particle, as prose shortens them ("bin
    Salman", "Sisi": `countries.particle_leaders`), that it lacks: each a source by name (the linking reads the table
    alone)."""
    extra = {name: code for doc in documents for name, code in particle_leaders(doc.title + "\n" + doc.text).items()}
    return {**extra, **leaders}


def source_table(documents: Sequence[Document], leaders: Mapping[str, str] | None = None) -> list[Source]:
    """Every source name the folder supports, longest names first so they win over their parts: sources and
    people of the metadata, sides by their seats, leaders by name and by office, and spokespeople (`leaders`:
    the documents' `folder_leaders`, when already read)."""
    derived = folder_countries(documents)  # the countries of sides the table lacks, as the folder names them
    table, officials_of = _metadata_sources(documents, derived)
    # and of the other party, with no text, that an official text's first line names (a side by its country's name)
    derived = {**derived, **partner_countries(spoken_partners(documents), documents, derived)}
    leaders = _with_particle_names(documents, folder_leaders(documents) if leaders is None else leaders)
    leaders = {**country_leaders_of(documents, derived), **leaders}  # titled with a country the folder names
    leaders = {**source_leaders(documents, leaders), **leaders}  # a side's own author, whom no text titles
    titles = titled(documents)
    add_leaders(table, documents, leaders, officials_of, titles, derived)
    share_title_offices(table, titles, leaders, officials_of)
    unnamed = {who for code in officials_of for who in unnamed_officials(code, derived)}
    for code, ids in officials_of.items():
        for who in unnamed_officials(code, derived):
            table.setdefault((who, True, False, False), []).extend(ids)
    # spokespeople speak for a body or a leader's side, unless the folder holds their own words (a briefing's speaker)
    named = {key[0]: ids for key, ids in table.items() if not key[1] or key[3]}
    for person, source in spokespeople(documents, list(named)).items():
        (own := table.setdefault((bare(person), True, False, False), [])).extend(() if own else named.get(source, ()))
    sources = [Source(name, tuple(dict.fromkeys(ids)), person, weak, leader, name in unnamed, name in CAPITAL_NAMES)
               for (name, person, weak, leader), ids in table.items() if name and ids]
    unheard = unheard_sides(documents, officials_of) | {code for code in derived if code not in officials_of}
    # the table's names as a set: each unheard leader and body looked up once, not compared with every key (corpus/:
    # 185 looks over some 600 keys, 45,000 comparisons)
    in_table = {key[0] for key in table}
    sources += [Source(name, (), True, False, True) for name, code in leaders.items() if code in unheard
                for name in (bare(name),) if name not in in_table]
    heard = heard_titles(documents, leaders, titles)  # read by the unheard bodies and the partners' offices
    sources += [Source(name, (), False, False, True) for name in unheard_bodies(
                unheard, heard, len(unheard) == 1, derived) if name not in in_table]
    sources += [Source(name, (), True, False, True) for name in unheard_titles(unheard, derived)
                if name not in in_table]
    # the offices of the leader an official text's first line says its leader spoke with, whom the table lacks
    # ("President-elect Javier Milei of Argentina": "the president-elect's office said"; side_names.partners)
    offices = partner_offices(partners(documents, set(officials_of), derived), heard)
    sources += [Source(name, (), False, False, True) for name in offices if name not in in_table]
    # and their unnamed officials ("German officials told TASS that ..."), whose words no text of the folder holds
    sources += [Source(who, (), True, False, False, True) for code in sorted(unheard)
                for who in unnamed_officials(code, derived) if who not in in_table]
    leaders_by_name = {s.name: s for s in sources if s.leader}
    known = {w for s in sources for w in s.name.split()}
    variants = misspelled(leaders_by_name, (d.text for d in documents if not d.is_official), known)
    sources += [leaders_by_name[name]._replace(name=word) for word, name in variants.items()]
    return sorted(sources, key=lambda s: -len(s.name))


def _metadata_sources(documents: Sequence[Document], derived: Mapping[str, Country]
                      ) -> tuple[dict[tuple[str, bool, bool, bool], list[str]], dict[str, list[str]]]:
    """The sources and people of the documents' metadata and the sides of the official ones by their seats, as
    source_table's keys (name, person, weak, leader) with the documents they name; and the official texts by side
    (`derived`: the countries the folder names for sides the table lacks, folder_countries)."""
    table: dict[tuple[str, bool, bool, bool], list[str]] = {}
    officials_of: dict[str, list[str]] = {}
    written = _capitals(documents)
    for doc in documents:
        if doc.source and bare(doc.source) not in _ANONYMOUS:
            table.setdefault((bare(doc.source), False, False, False), []).append(doc.id)
            for name in _body_names(doc, written):
                table.setdefault((name, False, False, False), []).append(doc.id)
        for person in people_of(doc):
            table.setdefault((bare(person), True, False, False), []).append(doc.id)
        if doc.is_official:
            officials_of.setdefault(doc.side or "", []).append(doc.id)
            strong, weak = names_of_side(doc.side or "", derived)
            for name in strong + ministry_of(doc.side or "", derived):
                table.setdefault((bare(name), False, False, False), []).append(doc.id)
            for name in weak:
                table.setdefault((bare(name), False, True, False), []).append(doc.id)
    return table, officials_of


def kind_of(cited_as: str) -> str | None:
    """The document kind a citation asks for, if its words say ("readout", "statement", "briefing")."""
    found = kind_named(fold(cited_as))
    return found[0] if found else None


def pick(documents: Sequence[Document], ids: Sequence[str], citing: Document, cited_as: str) -> list[Document]:
    """The documents a citation can mean, best first: the same event, the asked-for kind, official, readouts.

    The citing document itself is never one of them.
    """
    kind = kind_of(cited_as)
    by_id = {d.id: d for d in documents}
    docs = [by_id[i] for i in ids if i in by_id and i != citing.id]
    if kind:
        docs = [d for d in docs if d.kind == kind or (kind == "statement" and d.kind == "readout")] or docs
    return sorted(docs, key=lambda d: (d.event != citing.event, not d.is_official,
                                       d.kind not in ("readout", "statement"), d.id))
