"""A side's leader and offices as source names: the titles its texts give the leader, the leader's office."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence

from readout_viewer.core.attributions.folder_countries import Country, side_country
from readout_viewer.core.attributions.people import bare
from readout_viewer.core.attributions.side_names import singular
from readout_viewer.core.language import anchored
from readout_viewer.core.language.call_partner import Partner, alone_word
from readout_viewer.core.language.countries import LEADER_TITLES
from readout_viewer.core.model import Document

# A leader's office as the side's own texts title the leader before a name ("Prime Minister Shri Narendra Modi",
# "President Biden"): "the prime minister said", "the PM added", "the president stressed" then name that leader,
# when no other side's leader holds the office (a president speaking with a prime minister or a chancellor). The
# offices are the leaders' titles (countries.LEADER_TITLES) as written before a name, with their short names.
SHORT_OFFICE_NAMES = {"prime minister": ("pm",)}
OFFICE_NAMES = {" ".join(w if w == "of" else w.capitalize() for w in title.split()):
                (title, *SHORT_OFFICE_NAMES.get(title, ())) for title in LEADER_TITLES}
# Names of an office that count only as written in capitals ("PM"; "pm" is a time).
CAPITAL_NAMES = frozenset({"pm"})
_OFFICE_TITLE = re.compile(rf"\b({'|'.join(OFFICE_NAMES)})\s+((?:[A-Z][\w.\-]*\s+){{0,3}}[A-Z][\w\-]*)")


# Each document's office titles before a name (titled).
Titled = Sequence[Sequence[re.Match[str]]]


def titled(documents: Sequence[Document]) -> list[list[re.Match[str]]]:
    """Each document's office titles before a name (_OFFICE_TITLE), one scan for both readers: a match at every place
    an office's name stands, overlapping ones too (each reader then takes them as finditer would, taken)."""
    return [[m for at in anchored.occurrences(doc.text, tuple(OFFICE_NAMES))
             if (m := _OFFICE_TITLE.match(doc.text, at)) is not None] for doc in documents]


def taken(matches: Sequence[re.Match[str]], offices: Collection[str]) -> Iterator[re.Match[str]]:
    """The matches of the given offices a scan for those offices alone would take: each at or after the end of the one
    taken before it (anchored.finditer)."""
    end = 0
    for m in matches:
        if m.group(1) in offices and m.start() >= end:
            end = m.end()
            yield m


def _office_sides(documents: Sequence[Document], leaders: Mapping[str, str],
                  titles: Titled) -> dict[str, set[str]]:
    """Each office of OFFICE_NAMES and the sides whose official texts title one of their own leaders so (`titles`:
    each document's titles, titled)."""
    sides: dict[str, set[str]] = {}
    for doc, matches in zip(documents, titles):
        for m in taken(matches, OFFICE_NAMES) if doc.is_official else ():
            if any(leaders.get(w) == doc.side for w in m.group(2).split()):
                sides.setdefault(m.group(1), set()).add(doc.side or "")
    return sides


def heard_titles(documents: Sequence[Document], leaders: Mapping[str, str], titles: Titled | None = None) -> set[str]:
    """The titles the official texts give their own sides' leaders before a name ("president"), folded."""
    return {o.lower() for o in _office_sides(documents, leaders, titled(documents) if titles is None else titles)}


# A leader's office by the leader's name ("Trudeau's office said", "according to the office of Yoon Suk Yeol",
# "Erdogan's administration said", a presidential administration): the body that issues the leader's readouts, so the
# side's official texts as an institution's (the office's words must be in them), not the leader's own words, which
# either side's account may carry. "Milei's secretariat said" (the second attribution probe, eval/attr_probe2.yaml):
# what Argentina's and Latin America's press call the president's office.
LEADER_OFFICES = ("{}'s office", "office of {}", "{}'s administration", "{}'s secretariat")


# A head of state as translated prose names one after the side rather than before ("The head of the Ukrainian state
# especially pointed out ...", "The head of the Kyrgyz Republic also expressed gratitude ...": the third attribution
# probe, eval/attr_probe3.yaml), as "the Uzbek head of state" names him before it: a person, a leader.
HEAD_OF_STATE = "head of the {} state"
HEAD_OF = "head of the"


def add_leaders(table: dict[tuple[str, bool, bool, bool], list[str]], documents: Sequence[Document],
                 leaders: Mapping[str, str], officials_of: Mapping[str, list[str]],
                 titles: Titled, derived: Mapping[str, Country] | None = None) -> None:
    """Add to a source table (name, person, weak, leader -> document ids) each side's leader by name, by the office
    the side's texts title them with, and by the side's adjective and a leader's title (`officials_of`: each
    side's official texts; `titles`: each document's titles, titled; `derived`: the countries the folder names for
    sides the table lacks, folder_countries)."""
    for name, code in leaders.items():
        for doc_id in officials_of.get(code, ()):
            table.setdefault((bare(name), True, False, True), []).append(doc_id)
            for office in LEADER_OFFICES:  # the office that issues the leader's readouts: an institution
                table.setdefault((office.format(bare(name)), False, False, False), []).append(doc_id)
    for office, sides in _office_sides(documents, leaders, titles).items():
        for code in sides if len(sides) == 1 else ():
            for name in OFFICE_NAMES[office]:
                table.setdefault((name, True, False, True), []).extend(officials_of.get(code, ()))
    for code, ids in officials_of.items():
        names, adjectives, _ = side_country(code, derived or {})
        for adjective in singular(adjectives):
            for title in LEADER_TITLES:  # the side's leader by office ("the Russian president", "the US leader")
                table.setdefault((f"{adjective} {title}", False, False, True), []).extend(ids)
            table.setdefault((HEAD_OF_STATE.format(adjective), True, False, True), []).extend(ids)
        for country in names:  # ... or by office of the side ("The President of Türkiye recalled ...", "according
            for title in LEADER_TITLES:  # to the President of Russia"), as "the Turkish leader" (a person, a leader)
                table.setdefault((f"{title} of {country}", True, False, True), []).extend(ids)
            table.setdefault((f"{HEAD_OF} {country}", True, False, True), []).extend(ids)
        for office in _title_offices(names, singular(adjectives)):
            table.setdefault((office, False, False, False), []).extend(ids)


# A body named by its leader's title alone ("the presidential office said", "the office of the prime minister"), as
# governments.cited_as gives it to a side, names any side of the folder whose leader a text titles so: in a call of two
# presidents (Erdoğan and Zelenskyy) a Ukrainian outlet's "the presidential office clarified" may be either side's, and
# judging it against the one side the table names made a quotation of the other side's readout "misattributed".
TITLE_OFFICES = {"President": ("presidential office", "office of the president", "president's office"),
                 "Prime Minister": ("prime minister's office", "office of the prime minister"),
                 "Chancellor": ("chancellor's office", "office of the chancellor")}


def share_title_offices(table: dict[tuple[str, bool, bool, bool], list[str]], titles: Titled,
                         leaders: Mapping[str, str], officials_of: Mapping[str, list[str]]) -> None:
    """Give each body of TITLE_OFFICES that the table holds the official texts of every side whose leader the
    folder's texts title so, when two sides or more are titled so (`titles`: each document's titles, titled)."""
    sides_of: dict[str, set[str]] = {}
    for matches in titles:
        for m in taken(matches, TITLE_OFFICES):
            sides_of.setdefault(m.group(1), set()).update(
                leaders[w] for w in m.group(2).split() if leaders.get(w) in officials_of)
    for title, names in TITLE_OFFICES.items():
        sides = sides_of.get(title, set())
        for name in names if len(sides) > 1 else ():
            ids = table.get((name, False, False, False))
            if ids is not None:
                ids.extend(i for code in sorted(sides) for i in officials_of[code] if i not in ids)


# The titles of a head of government or state whose office issues the readouts ("the Israeli prime minister's office",
# "the Office of Israel's Prime Minister"), as LEADER_OFFICES name a leader's office by name; the prime minister's by
# its short name too ("A statement from the Greek PM's office said ...": the third attribution probe,
# eval/attr_probe3.yaml), after the side, where "pm" can be no time of day.
OFFICE_TITLES = ("prime minister", "president", "chancellor", "premier", "pm")


# A president's office by the title's adjective, as outlets name it after the side ("South Korea's presidential office
# said", "the French presidential office"; the attribution probe, eval/attr_probe.yaml), as TITLE_OFFICES name it alone.
# Not its press service or office ("Kazakhstan's presidential press office said", eval/attr_probe2.yaml): measured, a
# read event's "..., The Associated Press reported." was read as no attribution, and a right report in no readout lost.
PRESIDENTIAL_BODIES = ("presidential office", "presidential administration")


def _title_offices(names: Sequence[str], adjectives: Sequence[str]) -> list[str]:
    """A side's leader's office by the side and the title: "{adjective} {title}'s office", "office of the {adjective}
    {title}", "{country}'s {title}'s office", "office of {country}'s {title}", and "{adjective} presidential office",
    "{country}'s presidential office" (PRESIDENTIAL_BODIES)."""
    who = [f"{a} {t}" for a in adjectives for t in OFFICE_TITLES]
    whose = [f"{n}'s {t}" for n in names for t in OFFICE_TITLES]
    bodies = [f"{w} {b}" for w in (*adjectives, *(f"{n}'s" for n in names)) for b in PRESIDENTIAL_BODIES]
    return [f"{w}'s office" for w in who + whose] + [f"office of the {w}" for w in who] + [
        f"office of {w}" for w in whose] + bodies


def partner_offices(found: Sequence[Partner], taken: Collection[str]) -> list[str]:
    """The offices of the unheard leaders `found` (partners) by their name ("Milei's office", "the office of Javier
    Milei") and by the title the first line gives them when no official text gives it to its own leader (`taken`):
    "the president-elect's office said". An institution: its words, which no text of the folder holds, are checked
    against the folder's accounts; the leader himself is not made a source by name (on Biden-Milei, every sentence
    naming Milei's campaign stances became a report of the call in no readout)."""
    names = dict.fromkeys(bare(w) for p in found for w in (p.name, alone_word(p.name, p.code or "")))
    titles = dict.fromkeys(p.title for p in found if p.title and p.title not in taken and p.title not in LEADER_TITLES)
    return [office.format(w) for w in names for office in LEADER_OFFICES] + \
        [f"{t}'s office" for t in titles] + [f"office of the {t}" for t in titles]
