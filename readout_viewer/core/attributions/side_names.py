"""A side's names as a source: its seat, "the Chinese side" and its accounts, its state media, its unnamed officials."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from readout_viewer.core.attributions.folder_countries import Country, named_code, side_country
from readout_viewer.core.attributions.people import bare
from readout_viewer.core.language.call_partner import Partner, spoken_with
from readout_viewer.core.language.countries import COUNTRIES, LEADER_TITLES, leaders_in
from readout_viewer.core.language.documents import document_words
from readout_viewer.core.language.sentences import sentences
from readout_viewer.core.language.text import fold
from readout_viewer.core.loading.cited_names import STATE_AGENCIES, account_names
from readout_viewer.core.loading.governments import BY_CODE
from readout_viewer.core.model import Document

# Names for the side a `side` code stands for: its capital or seat of government and "the ... side"; a country's
# own name is mostly the topic of a sentence ("what Russia says are its concerns"), so it only counts as a source
# in "according to Russia" (weak).
# A government's offices that outlets cite for its account ("according to China's foreign ministry", "the Chinese
# government readout"); its state media carry that account where the government has a readout channel. A foreign
# ministry goes by "foreign office" in translated copy too ("the French foreign office said": the fifth attribution
# probe, eval/attr_probe5.yaml), as the German one does in English.
_OFFICES = ("government", "foreign ministry", "foreign office", "ministry of foreign affairs", "presidency", "embassy")
# A side's own account named by its adjective ("the Chinese readout said", "according to the US statement"): the
# side's official text, as "the Chinese side" is the side; by any noun an official text goes by, in either number.
_ACCOUNTS = tuple(sorted(document_words()))


def singular(adjectives: tuple[str, ...]) -> tuple[str, ...]:
    """The adjectives without their plural demonyms ("russians" goes, "us" stays: it is no plural of "u")."""
    return tuple(a for a in adjectives if not (a.endswith("s") and a[:-1] in adjectives))


# A side's state media, which carry its government's account of a call ("Chinese state news agency Xinhua reported",
# "according to China's state-run media"): the source cited is that government, the carrier is not the one accused.
STATE_MEDIA = ("state media", "state-run media", "state news agency", "state-run news agency", "state broadcaster",
                "state television", "state-run television", "official news agency", "official media",
                # the state broadcaster described, not named ("China's central television said on Friday": the
                # read event of Xi and Putin, 4 February 2022, helper attr58), as "state television" is
                "central television")
# The same with the side's adjective after "official" ("The official Syrian news agency also reported", "the official
# Turkmen media reports": the third attribution probe, eval/attr_probe3.yaml). Not the country after the carrier ("the
# official media of Turkmenistan"): those names took "France said ..." and "Russia said ..." from two read events.
OFFICIAL_CARRIERS = ("media", "news agency")


# A side's foreign ministry with the country's name after it, and with the ministry's own abbreviation in brackets
# between ("reported a statement of the Ministry of Foreign Affairs (MoFA) of China": the read event of Xi and Putin,
# 4 February 2022, helper attr58), as cited._of_its_country reads "the Presidency of Egypt" for an official source's
# bodies. Only the ministry: "the government of ..." is as often a topic as a source. Only for a side with a text
# (cited.source_table), not among the names of a side with none (unheard_bodies): there, as with "the official
# media of Turkmenistan" (Round 43), the names took Macron-Xi's "France said ..." from the read events.
_MINISTRY = "ministry of foreign affairs"
_MINISTRY_ABBREVIATIONS = ("", " (mfa)", " (mofa)")


def ministry_of(code: str, derived: Mapping[str, Country]) -> tuple[str, ...]:
    """The side's foreign ministry with the side's name after it, with or without its abbreviation between."""
    return tuple(f"{_MINISTRY}{abbreviation} of {n}" for n in side_country(code, derived)[0]
                 for abbreviation in _MINISTRY_ABBREVIATIONS)


def _side_names(names: tuple[str, ...], adjectives: tuple[str, ...], seats: tuple[str, ...]) -> tuple[str, ...]:
    adjectives = singular(adjectives)
    own = tuple(f"{n}{s} {office}" for n in names for s in ("'s", "\u2019s") for office in _OFFICES + STATE_MEDIA)
    kinds = ("side",) + _OFFICES + _ACCOUNTS
    media = tuple(f"{adj} {carrier}" for adj in adjectives for carrier in STATE_MEDIA) + tuple(
        f"official {adj} {carrier}" for adj in adjectives for carrier in OFFICIAL_CARRIERS)
    return tuple(seats) + tuple(f"the {adj} {kind}" for adj in adjectives for kind in kinds) + own + media


# A government's foreign ministry by its own name, which no adjective builds ("the State Department said", "the U.S.
# State Department said in a statement"; the attribution probe, eval/attr_probe.yaml): the side's, as "the Russian
# foreign ministry" is Russia's.
OWN_OFFICES = {"US": ("state department", "department of state"), "GB": ("foreign office",),
               "DE": ("federal foreign office",)}


def _own_offices(code: str, adjectives: tuple[str, ...]) -> tuple[str, ...]:
    """A side's offices by their own names (OWN_OFFICES), alone and after the side's adjective."""
    offices = OWN_OFFICES.get(code, ())
    return offices + tuple(f"the {adj} {office}" for adj in singular(adjectives) for office in offices)


SIDE_NAMES = {code: _side_names(*entry) + _own_offices(code, entry[1]) for code, entry in COUNTRIES.items()}
WEAK_SIDE_NAMES = {code: names for code, (names, _, _) in COUNTRIES.items()}


def names_of_side(code: str, derived: Mapping[str, Country]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A side's names as a source (SIDE_NAMES) and its weak names (WEAK_SIDE_NAMES), from the table or, for a side it
    lacks, from the country the folder names (`derived`: folder_countries.folder_countries)."""
    if code in SIDE_NAMES or code not in derived:
        return SIDE_NAMES.get(code, ()), WEAK_SIDE_NAMES.get(code, ())
    return _side_names(*derived[code]), derived[code][0]
# Unnamed officials of a side ("a senior administration official", "two US officials", "White House officials"):
# they speak for their side's government, whose official texts (readout, statement, briefing) are what they told;
# people, so that "the official" or "he" may go on for them. Not "aide": it is mostly a title before a name
# ("Kremlin aide Yury Ushakov").
OFFICIAL_NOUNS = ("official", "officials", "representative", "representatives")
# What English news calls a side's government besides its adjective and seat: "an administration official" is one
# of the US executive's.
GOVERNMENT_WORDS = {"US": ("administration",)}


def unnamed_officials(code: str, derived: Mapping[str, Country] | None = None) -> list[str]:
    """Names of a side's unnamed officials: its adjectives, seats and government words before an official noun (the
    country from the table, or as the folder names it: `derived`, folder_countries.folder_countries)."""
    _, adjectives, seats = side_country(code, derived or {})
    who = singular(adjectives) + tuple(bare(seat) for seat in seats) + GOVERNMENT_WORDS.get(code, ())
    return [f"{w} {noun}" for w in who for noun in OFFICIAL_NOUNS]


def unheard_sides(documents: Sequence[Document], officials_of: Mapping[str, list[str]]) -> set[str]:
    """The sides whose leader an official text names with a title but which have no official text in the folder (the
    other party of a call told by one side only, "President of Türkiye Recep Tayyip Erdoğan" in the Kremlin's
    readout), or, when they name none, the side whose leader most outlets name so (`most_named`). Either side's
    account reports what both leaders said, so that side's leader's words, and its
    government's (`unheard_bodies`), are checked against the accounts the folder holds; the source cited is not in
    the folder."""
    named = {code for doc in documents if doc.is_official
             for code in leaders_in(doc.title + "\n" + doc.text).values() if code not in officials_of}
    return named or most_named(documents, set(officials_of))


# How far into an official text its first sentence is looked for (characters): a readout's first line is one
# sentence of a few dozen words; reading no further keeps a long transcript's sentences unread here.
_FIRST_LINE = 600


def partners(documents: Sequence[Document], heard: set[str], derived: Mapping[str, Country] | None = None
             ) -> list[Partner]:
    """The leaders whose side has no text in the folder (not `heard`) that an official text's first sentence says
    its leader spoke with ("spoke today with President-elect Javier Milei of Argentina": `call_partner.spoken_with`),
    each with the country named after him: the other party of the call, whom the table of leaders misses when no
    country's title stands before his name (a country the table lacks by its code in `derived`, the countries the
    folder names: folder_countries)."""
    out: list[Partner] = []
    for found in spoken_partners(documents):
        if found.code is None:
            found = found._replace(code=named_code(found.country, derived or {}))
        if found.code is not None and found.code not in heard and found not in out:
            out.append(found)
    return out


def spoken_partners(documents: Sequence[Document]) -> list[Partner]:
    """Whom each official text's first sentence says its leader spoke with (`call_partner.spoken_with`)."""
    out: list[Partner] = []
    for doc in documents:
        if doc.is_official and doc.text:
            start, end = sentences(doc.text, 0, min(len(doc.text), _FIRST_LINE))[0]
            found = spoken_with(doc.text[start:end])
            out += [found] if found is not None else []
    return out


# The other party of a call whose official texts name no leader of another side (an excerpt of two sentences, "[...]
# affirmed the Kingdom's support for ..."): the side whose leader, titled, most of the outlets name (the Putin-Salman
# event: Russia in 7 of 7, China in 1). More than half: a third party's leader named in the background of a few
# stories is no party (in the readable events a side not a party is named in at most 3 of 8 outlets, and 3 of 11).
_PARTY_SHARE = 0.5
_ONE_SIDE = 1  # a call has two parties: with both sides' texts in the folder, none is missing


def most_named(documents: Sequence[Document], heard: set[str]) -> set[str]:
    """The side, besides the one `heard`, whose leader more than half of the outlets among `documents` name with a
    title; none when the folder holds texts of two sides or more (or of none)."""
    if len(heard) != _ONE_SIDE:
        return set()
    outlets = [d for d in documents if not d.is_official]
    votes: dict[str, int] = {}
    for d in outlets:
        for code in set(leaders_in(d.title + "\n" + d.text).values()) - heard:
            votes[code] = votes.get(code, 0) + 1
    return {code for code, n in votes.items() if n > _PARTY_SHARE * len(outlets)}


# Titles any side's leader may hold ("the Ukrainian leader" is the president the readouts name): no one side's office.
ANY_LEADER = ("leader", "head of state")


def unheard_bodies(codes: set[str], taken: Collection[str] | None = None, alone: bool = True,
                   derived: Mapping[str, Country] | None = None) -> list[str]:
    """The names of the governments of sides with no text in the folder: their seats and "the ... side" (SIDE_NAMES),
    the bodies their accounts are cited under (`cited_names.CITED_AS`), and those after the side's adjective ("the
    Turkish Communications Directorate"); with `taken` (the titles the official texts give their own leaders), their
    leaders' offices by adjective and title ("the Qatari emir's office") and, when the side is the folder's one such
    side (`alone`), by a title no official text gives its own leader ("the emir's office", "the office of the king"):
    the body that issues that leader's statements, a government of the side as its seat is (`derived`: the countries
    the folder names for sides the table lacks, folder_countries)."""
    out: list[str] = []
    for code in sorted(codes):
        bodies = account_names(code)
        adjectives = singular(side_country(code, derived or {})[1])
        out += [bare(n) for n in names_of_side(code, derived or {})[0]] + list(bodies)
        out += [f"{adjective} {body}" for adjective in adjectives for body in bodies]
    if taken is None:
        return out
    who = unheard_titles(codes, derived) + [t for t in LEADER_TITLES
                                            if t not in ANY_LEADER and t not in taken and alone]
    return out + [f"{w}'s office" for w in who] + [f"office of the {w}" for w in who]


def unheard_titles(codes: set[str], derived: Mapping[str, Country] | None = None) -> list[str]:
    """The leaders of sides with no text in the folder by the side's adjective and a title ("the Qatari emir said"),
    as a side with texts has its own (offices.add_leaders): a leader, as one named is, whose words either side's
    account may carry (`derived`: the countries the folder names, folder_countries)."""
    return [f"{adjective} {title}" for code in sorted(codes)
            for adjective in singular(side_country(code, derived or {})[1]) for title in LEADER_TITLES]


# Every state agency's name (cited_names.STATE_AGENCIES), folded, as whole words: one pattern for `carries`, not a
# search for each name.
_STATE_AGENCY = re.compile(r"\b(?:" + "|".join(sorted({re.escape(fold(name)) for names in STATE_AGENCIES.values()
                                                       for name in names}, key=len, reverse=True)) + r")\b")


def carries(cited_as: str) -> bool:
    """Whether a citation names a side's state media or the agency that carries its readouts ("Chinese state media",
    "Xinhua"): a carrier of the government's account, which gives way to a leader the sentence names ("Xi told
    Zelenskiy ..., Chinese state media reported" is Xi's words)."""
    folded = fold(cited_as)
    return any(carrier in folded for carrier in STATE_MEDIA) or any(
        fold(channel) in folded for g in BY_CODE.values() for channel in g.readout_channels) or \
        _STATE_AGENCY.search(folded) is not None
