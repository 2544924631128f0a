"""The governments whose official texts readouts are: their ISO 3166 codes, issuing bodies, sites and leaders.

A document's side is the government that issued it. These are the names a text uses for its issuer: in its
source, its site, a signature line, the subject of a headline such as "Readout of President Biden's call", or
the file name. A country merely named in a text says nothing about who issued it, so country names are used
here only inside the name of a body ("Ministry of Foreign Affairs of Japan", "Japanese Foreign Ministry").
A body of a country missing from the table is still recognised by those generic forms, and that country's
own name is then its side ("Ministry of Foreign Affairs of Valdoria" -> "Valdoria").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from readout_viewer.core.system.lazyre import LazyPattern


@dataclass(frozen=True)
class Government:
    """One government: its code, the names of its country, its issuing bodies, its sites and its leaders."""

    code: str  # ISO 3166-1 alpha-2 ("GB", not "UK"; "EU" is the code ISO 3166 reserves for the Union)
    name: str  # the usual name of its leading body, the source a person would write
    country: tuple[str, ...]  # the country's names and adjectives, for "Ministry of Foreign Affairs of <name>"
    bodies: tuple[str, ...]  # its issuing bodies, as regular expressions (matched without accents, any case)
    domains: tuple[str, ...] = ()  # its official sites (a page from one of them is issued by it)
    # Heads of state and government since about 2000, the usual subjects of "Readout of President X's call"
    # and "X spoke today with ...". Full names where a surname alone is a common word or name.
    leaders: tuple[str, ...] = ()
    # Its readout channel: the state news agency that releases the government's own account of its leaders'
    # meetings and calls, often first or only there (China's account of Xi's talks is a Xinhua dispatch, in the
    # words the foreign ministry then posts; North Korea's comes only from KCNA; Viet Nam's from VNA; the Saudi
    # Royal Court's from the Saudi Press Agency). A dispatch from it is the government's official account only
    # when the government is a party to the meeting it reports (issuer._carried). Governments that publish
    # their own readouts (the Kremlin on kremlin.ru, the White House on whitehouse.gov, Belarus's president on
    # president.gov.by) have none: TASS, RIA, BelTA, Anadolu or Yonhap report on their government as outlets.
    readout_channels: tuple[str, ...] = ()


GOVERNMENTS = (
    Government("US", "The White House", ("United States", "United States of America", "U.S.", "US", "American"),
               (r"white[\s_-]*house", r"state department", r"department of state", r"office of the press secretary",
                r"national security council", r"u\.?s\.? embassy", r"pentagon", r"department of defense",
                r"senior administration officials?"),
               ("whitehouse.gov", "state.gov", "defense.gov", "usembassy.gov"),
               ("Biden", "Trump", "Obama", "George W. Bush", "Harris", "Blinken", "Rubio")),
    Government("RU", "Kremlin", ("Russia", "Russian Federation", "Russian"),
               (r"kremlin", r"president of russia", r"presidential executive office", r"mid\.ru"),
               ("kremlin.ru", "mid.ru", "government.ru"), ("Putin", "Medvedev", "Mishustin", "Lavrov", "Ushakov")),
    Government("CN", "Ministry of Foreign Affairs of the People's Republic of China",
               ("China", "People's Republic of China", "PRC", "Chinese"),
               (r"zhongnanhai", r"foreign ministry of (the )?prc", r"chinese foreign ministry", r"state council"),
               ("fmprc.gov.cn", "mfa.gov.cn", "gov.cn"), ("Xi Jinping", "Xi", "Li Qiang", "Li Keqiang",
                                                          "Hu Jintao", "Wang Yi"),
               ("Xinhua",)),
    Government("FR", "Élysée", ("France", "French"),
               (r"elysee", r"presidence de la republique", r"quai d.orsay",
                r"ministere de l.europe et des affaires etrangeres", r"french presidency"),
               ("elysee.fr", "diplomatie.gouv.fr", "gouvernement.fr"), ("Macron", "Hollande", "Sarkozy")),
    Government("DE", "Bundesregierung", ("Germany", "German", "Federal Republic of Germany"),
               (r"bundeskanzleramt", r"bundeskanzler(in)?", r"bundesregierung", r"federal chancellery",
                r"federal chancellor", r"german federal government", r"presse- und informationsamt",
                r"press and information office of the federal government", r"auswartiges amt",
                r"federal foreign office"),
               ("bundesregierung.de", "bundeskanzler.de", "auswaertiges-amt.de"), ("Scholz", "Merkel", "Merz")),
    # "Downing St" (and "Downing St."): headlines and wire copy shorten the street ("Downing St had earlier released its
    # own read-out of the call in which it said ..."): the same office
    Government("GB", "10 Downing Street", ("United Kingdom", "UK", "U.K.", "Britain", "British"),
               (r"(10 )?downing st(reet|\.|\b)", r"prime minister.s office, 10 downing street",
                r"foreign,? commonwealth (and|&) development office", r"foreign (and|&) commonwealth office"),
               ("gov.uk",), ("Starmer", "Sunak", "Liz Truss", "Boris Johnson", "Theresa May", "Cameron")),
    Government("UA", "Office of the President of Ukraine", ("Ukraine", "Ukrainian"),
               (r"office of the president of ukraine", r"president\.gov\.ua", r"ukrainian presidency",
                r"bankova"),
               ("president.gov.ua", "mfa.gov.ua"), ("Zelensky", "Zelenskyy", "Zelenskiy", "Poroshenko")),
    Government("JP", "Prime Minister's Office of Japan", ("Japan", "Japanese"), (r"kantei",),
               ("kantei.go.jp", "mofa.go.jp"), ("Kishida", "Ishiba", "Takaichi", "Suga", "Shinzo Abe")),
    Government("IN", "Prime Minister's Office of India", ("India", "Indian"),
               (r"ministry of external affairs", r"pmo india"), ("pmindia.gov.in", "mea.gov.in", "pib.gov.in"),
               ("Modi",)),
    Government("TR", "Presidency of the Republic of Türkiye", ("Turkey", "Türkiye", "Turkish"),
               (r"presidency of the republic of t(u|ue)rk(ey|iye)", r"directorate of communications"),
               ("tccb.gov.tr", "iletisim.gov.tr", "mfa.gov.tr"), ("Erdogan",)),
    Government("IR", "Office of the President of Iran", ("Iran", "Islamic Republic of Iran", "Iranian"), (),
               ("president.ir", "mfa.ir"), ("Pezeshkian", "Raisi", "Rouhani", "Khamenei", "Araghchi")),
    Government("KR", "Office of the President of the Republic of Korea",
               ("South Korea", "Republic of Korea", "South Korean"),
               (r"cheong wa dae", r"blue house", r"yongsan presidential office"),
               ("president.go.kr", "mofa.go.kr"), ("Lee Jae-myung", "Yoon Suk Yeol", "Moon Jae-in")),
    Government("KP", "DPRK Foreign Ministry", ("North Korea", "DPRK", "North Korean"), (), (),
               ("Kim Jong Un",), ("KCNA", "Korean Central News Agency")),
    Government("VN", "Government of Viet Nam", ("Viet Nam", "Vietnam", "Vietnamese"), (),
               ("chinhphu.vn", "mofa.gov.vn"), ("To Lam", "Nguyen Phu Trong", "Pham Minh Chinh", "Luong Cuong",
                                                "Vo Van Thuong", "Nguyen Xuan Phuc"),
               ("VNA", "Vietnam News Agency")),
    Government("IT", "Palazzo Chigi", ("Italy", "Italian"), (r"palazzo chigi", r"farnesina"),
               ("governo.it", "esteri.it"), ("Meloni", "Draghi")),
    Government("CA", "Prime Minister of Canada", ("Canada", "Canadian"), (r"global affairs canada",),
               ("pm.gc.ca", "international.gc.ca"), ("Carney", "Trudeau")),
    Government("IL", "Prime Minister's Office of Israel", ("Israel", "Israeli"), (), ("gov.il",),
               ("Netanyahu", "Bennett", "Lapid", "Herzog")),
    Government("PL", "Chancellery of the Prime Minister of Poland", ("Poland", "Polish"), (r"kprm",),
               ("gov.pl", "prezydent.pl"), ("Tusk", "Duda", "Nawrocki", "Morawiecki")),
    Government("BY", "President of Belarus", ("Belarus", "Belarusian"), (), ("president.gov.by",),
               ("Lukashenko",)),
    Government("SA", "Saudi Royal Court", ("Saudi Arabia", "Saudi"), (r"royal court",), ("spa.gov.sa",),
               ("Mohammed bin Salman",), ("Saudi Press Agency", "SPA")),
    Government("EU", "European Commission", ("European Union", "EU"),
               (r"european commission", r"european council", r"council of the (european union|eu)",
                r"european external action service"),
               ("europa.eu", "consilium.europa.eu"), ("von der Leyen", "Charles Michel", "Costa")),
)
BY_CODE = {g.code: g for g in GOVERNMENTS}


@dataclass(frozen=True)
class Body:
    """An issuing body found in a string: its government's code (or an unknown country's name) and its words."""

    side: str
    words: str  # the words that name it, as written
    name: str  # the usual name of the body, for a document's source
    leader: bool = False  # a leader's name rather than a body


def plain(text: str) -> str:
    """Text without accents and with plain apostrophes, for matching names ("Élysée" -> "Elysee")."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _alternatives(items) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


# Generic bodies, with the country as a group: "Ministry of Foreign Affairs of X", "X Foreign Ministry",
# "Office of the President of X", "Government of X"... A country not in the table is a capitalised name.
# The body's words in any case, the country's name capitalised ("of Valdoria", not "of the call").
_OF_COUNTRY = (r"(?i:ministry of foreign affairs|foreign ministry|ministry of defen[cs]e|office of the president|"
               r"presidential office|presidency|president|office of the prime minister|prime minister's office|"
               r"government|embassy|permanent mission|federal chancellery|chancellery)"
               r" (?i:of) (?:(?i:the) )?(?P<of>[A-Z][\w'.-]+(?: (?:of )?[A-Z][\w'.-]+){0,3})")
_COUNTRY_S = (r"(?P<adj>[A-Z][\w'.-]+(?: [A-Z][\w'.-]+)?) (?i:foreign ministry|ministry of foreign affairs|"
              r"presidential office|presidency|government|embassy|defen[cs]e ministry|mfa)\b")
_GENERIC = re.compile(rf"\b(?:{_OF_COUNTRY}|{_COUNTRY_S})")
# Generic forms that name an institution: with a country missing from the table, only these make a side
# ("President of Norland Ann Smith" could run on into a person's name).
_INSTITUTION = LazyPattern(r"(?i)^(?:ministry|foreign|office|presidential|presidency|government|embassy|permanent|"
                          r"federal|chancellery|prime)")


def _bodies_of(g: Government) -> str:
    """A government's bodies and sites as one alternation, the longest first."""
    return _alternatives(list(g.bodies) + [re.escape(d) for d in g.domains])


def _leaders_of(g: Government) -> str:
    """A government's leaders' names (on plain() text) as one alternation, the longest first."""
    return _alternatives(re.escape(plain(n)) for n in g.leaders)


class _Table(NamedTuple):
    """Every government's bodies and sites in one pattern (any case), and their leaders in another (capitals kept:
    "May", "Xi" and "Costa" are words too); each government's words are the group "g<i>" of its index in `bodied` or
    `led` (the table's order). One search finds what a search per government found, the first of them (leftmost,
    then first in the table) being the one find_body keeps; a government's own patterns cost 40 searches a text."""

    bodies: re.Pattern
    leaders: re.Pattern
    bodied: tuple[Government, ...]
    led: tuple[Government, ...]


@cache
def _table() -> _Table:
    """The two patterns of every government, compiled once."""
    bodied = tuple(g for g in GOVERNMENTS if g.bodies or g.domains)
    led = tuple(g for g in GOVERNMENTS if g.leaders)
    bodies = "|".join(f"(?P<g{i}>{_bodies_of(g)})" for i, g in enumerate(bodied))
    leaders = "|".join(f"(?P<g{i}>{_leaders_of(g)})" for i, g in enumerate(led))
    return _Table(re.compile(rf"(?<![\w-])(?:{bodies})(?![\w-])", re.I), re.compile(rf"\b(?:{leaders})\b"), bodied,
                  led)


def _matched(m: re.Match, governments: Sequence[Government]) -> Government:
    """The government whose group a match of a _Table pattern took."""
    return next(g for i, g in enumerate(governments) if m.start(f"g{i}") >= 0)


def country_code(name: str) -> str | None:
    """The code of the country `name` names exactly ("Russia", "the United States", "French"), if in the table."""
    return _country_code(name)


def _country_code(name: str) -> str | None:
    key = plain(name).strip(" .").lower()
    key = key[4:] if key.startswith("the ") else key
    for g in GOVERNMENTS:
        if any(plain(c).lower() == key for c in g.country):
            return g.code
    return None


def _known_prefix(name: str) -> tuple[str, str] | None:
    """The code and words of the longest run of words at the start of `name` that names a country of the table."""
    words = name.split()
    for n in range(len(words), 0, -1):
        if code := _country_code(" ".join(words[:n])):
            return code, " ".join(words[:n])
    return None


def _as_written(text: str, flat: str, start: int, end: int) -> str:
    """The matched words as the text writes them (with accents), when plain() kept the length."""
    return text[start:end] if len(text) == len(flat) else flat[start:end]


def find_body(text: str, leaders: bool = False) -> Body | None:
    """The first issuing body that `text` names (and, when asked, a leader who speaks for a government)."""
    flat = plain(text)
    found: list[tuple[int, Body]] = []
    table = _table()
    if m := table.bodies.search(flat):
        g = _matched(m, table.bodied)
        found.append((m.start(), Body(g.code, _as_written(text, flat, m.start(), m.end()), g.name)))
    if leaders and (m := table.leaders.search(flat)):
        g = _matched(m, table.led)
        found.append((m.start(), Body(g.code, _as_written(text, flat, m.start(), m.end()), g.name, leader=True)))
    for m in _GENERIC.finditer(flat):
        country = m.group("of") or m.group("adj")
        known = _known_prefix(country)
        if known is None and (m.group("adj") or not _INSTITUTION.match(m.group(0))):
            continue  # "Chinese Foreign Ministry" is known; "Annual Government" is not a country
        end = m.start("of") + len(known[1]) if known and m.group("of") else m.end()
        words = _as_written(text, flat, m.start(), end)
        found.append((m.start(), Body(known[0] if known else country, words, words)))
    return min(found, key=lambda x: (x[0], x[1].leader))[1] if found else None


def readout_channel_of(text: str, any_case: bool = False) -> tuple[Government, str] | None:
    """The government whose readout channel `text` names (Xinhua: China), and the channel's name, if any.
    Names keep their capitals ("SPA" is not a spa) unless `any_case` (file names)."""
    flat = plain(text)
    for g in GOVERNMENTS:
        for name in g.readout_channels:
            if re.search(rf"\b{re.escape(name)}\b", flat, re.I if any_case else 0):
                return g, name
    return None


@cache  # one pattern per government of the table at most
def leaders_pattern(code: str) -> re.Pattern | None:
    """The pattern of the names of the leaders of the government `code` (on plain() text, capitals kept)."""
    g = next((g for g in GOVERNMENTS if g.code == code), None)
    return re.compile(rf"\b(?:{_leaders_of(g)})\b") if g is not None and g.leaders else None


def government_of_site(url: str) -> Government | None:
    """The government whose official site `url` is on, if any ("https://www.elysee.fr/..." -> France)."""
    m = re.match(r"^(?:[a-z][\w+.-]*://)?([^/\s:?#]+)", url.strip(), re.I)
    host = m.group(1).lower() if m else ""
    for g in GOVERNMENTS:
        if any(host == d or host.endswith("." + d) for d in g.domains):
            return g
    return None
