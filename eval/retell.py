"""Retell an official sentence the way outlets do: a reporting frame, backshift, person, references, verbs, a cut.

The generator of the retelling probe (benchmarks/retelling.py). Each transformation is a plain function of a
sentence and a Speaker (whose text it is, and the other party of the call); none reads any event's misses: they
are the moves of news language that journalists make on any readout. Pure Python, no engine import.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations


@dataclass(frozen=True)
class Side:
    """A government as the press names it: its leader (surname and the fuller forms), country and seat."""

    leader: str  # the surname outlets use
    full: tuple[str, ...]  # fuller forms of the leader's name, longest first ("Joseph R. Biden, Jr.")
    title: str  # "President", "Prime Minister", "Chancellor", "Foreign Minister"
    countries: tuple[str, ...]  # the country's names a readout uses, longest first
    adjective: str  # "U.S.", "Russian"
    capital: str  # the seat a journalist names for the government ("Washington")
    office: str  # who issues its statements ("the White House")


def _side(leader: str, full: str, title: str, countries: str, adjective: str, capital: str, office: str) -> Side:
    return Side(leader, tuple(full.split("|")), title, tuple(countries.split("|")), adjective, capital, office)


# The governments of the readable events, corpus/ and the old held-out folder (invented ones included); a side
# with two leaders over the years has one entry per leader, chosen by the event's date (LEADERS_FROM).
SIDES: dict[str, Side] = {
    "US-Biden": _side("Biden", "Joseph R. Biden, Jr.|Joseph R. Biden Jr.|Joseph R. Biden|Joe Biden", "President",
                      "the United States of America|the United States|the U.S.A.|the U.S.|the US", "U.S.",
                      "Washington", "the White House"),
    "US-Trump": _side("Trump", "Donald J. Trump|Donald Trump", "President",
                      "the United States of America|the United States|the U.S.|the US", "U.S.", "Washington",
                      "the White House"),
    "RU": _side("Putin", "Vladimir Putin|Vladimir Vladimirovich Putin", "President",
                "the Russian Federation|Russia", "Russian", "Moscow", "the Kremlin"),
    "CN": _side("Xi", "Xi Jinping", "President", "the People's Republic of China|China", "Chinese", "Beijing",
                "China's foreign ministry"),
    "UA": _side("Zelenskyy", "Volodymyr Zelenskyy|Volodymyr Zelensky", "President", "Ukraine",
                "Ukrainian", "Kyiv", "Zelenskyy's office"),
    "IN": _side("Modi", "Shri Narendra Modi|Narendra Modi", "Prime Minister", "India", "Indian", "New Delhi",
                "the Prime Minister's Office"),
    "IL": _side("Netanyahu", "Benjamin Netanyahu", "Prime Minister", "the State of Israel|Israel", "Israeli",
                "Jerusalem", "the Prime Minister's Office"),
    "GB-Johnson": _side("Johnson", "Boris Johnson", "Prime Minister", "the United Kingdom|the UK|Britain",
                        "British", "London", "Downing Street"),
    "GB-Sunak": _side("Sunak", "Rishi Sunak", "Prime Minister", "the United Kingdom|the UK|Britain", "British",
                      "London", "Downing Street"),
    "GB-Starmer": _side("Starmer", "Keir Starmer", "Prime Minister", "the United Kingdom|the UK|Britain", "British",
                        "London", "Downing Street"),
    "JP": _side("Kishida", "Fumio Kishida", "Prime Minister", "Japan", "Japanese", "Tokyo",
                "Japan's foreign ministry"),
    "TR": _side("Erdogan", "Recep Tayyip Erdoğan|Recep Tayyip Erdogan", "President", "Türkiye|Turkey",
                "Turkish", "Ankara", "the Turkish presidency"),
    "DE": _side("Scholz", "Olaf Scholz", "Chancellor", "the Federal Republic of Germany|Germany", "German",
                "Berlin", "the German government"),
    "KA": _side("Drach", "Pavel Drach", "Foreign Minister", "Karsland", "Karsland", "Karsland",
                "the Ministry of Foreign Affairs of Karsland"),
    "VA": _side("Kovan", "Iris Kovan", "Foreign Minister", "Valdoria", "Valdorian", "Valdoria",
                "the Ministry of Foreign Affairs of Valdoria"),
    "ES": _side("Oran", "Viktor Oran", "President", "Estravia", "Estravian", "Estravia",
                "the Presidential Office of Estravia"),
    "NL": _side("Marsh", "Alina Marsh", "President", "Norland", "Norland", "Norland",
                "the Office of the President of Norland"),
    "KE": _side("Ruto", "William Samoei Ruto|William Ruto", "President", "the Republic of Kenya|Kenya", "Kenyan",
                "Nairobi", "State House"),
}
# side code -> its leaders, each from the day it took office (ISO dates; the first: from any day before). By the day,
# not the year: Sunak spoke for Britain until 5 July 2024 (the Sunak-Modi call of March 2024), Starmer after.
LEADERS_FROM = {"US": (("", "US-Biden"), ("2025-01-20", "US-Trump")),
                "GB": (("", "GB-Johnson"), ("2022-10-25", "GB-Sunak"), ("2024-07-05", "GB-Starmer"))}


def side_of(code: str, date: str) -> Side:
    """The Side of a front matter's side code on a given day (an ISO date)."""
    if code in LEADERS_FROM:
        return SIDES[[key for first, key in LEADERS_FROM[code] if date >= first][-1]]
    return SIDES[code]


@dataclass(frozen=True)
class Speaker:
    """Whose official text a sentence comes from, and who was on the other end of the call."""

    own: Side
    other: Side
    readout: bool = True  # the text is a readout (else a briefing, remarks, a statement)


def lede(who: Speaker, day: str) -> str:
    """The opening line of a news story on the call, which names both leaders in full with their country, as any
    outlet does before it calls them by surname ("Indian Prime Minister Narendra Modi spoke with ...")."""
    own, other = who.own, who.other
    return (f"{own.adjective} {own.title} {min(own.full, key=len)} spoke with {other.adjective} {other.title} "
            f"{min(other.full, key=len)} on {day}.")


# ---- (1) a reporting frame

FRAMES = ("said", "according", "trailing", "statement", "told")
# Words that start a sentence but not a name: they are lower-cased when a frame goes in front of them.
_LOWER_STARTS = frozenset("""the a an this that these those it its they their he his she her we our i in on at
during both while as with for to of by after before over under following further also moreover however there
but and so yes no well now then
all some each several many most one two both either neither such among regarding besides""".split()) - {"i"}


def _lower_first(s: str) -> str:
    word = re.match(r"[A-Za-z']+", s)
    if word and word.group(0).lower() in _LOWER_STARTS:
        return s[0].lower() + s[1:]
    return s


def _body(s: str) -> str:
    return s.strip().rstrip(" .,;:")


def frame(s: str, who: Speaker, kind: str = "said") -> str:
    """The sentence put in a reporting frame of the press: "Biden said that ...", "..., the Kremlin said."."""
    body = _lower_first(_body(s))
    if kind == "said":
        return f"{who.own.leader} said that {body}."
    if kind == "according":  # a readout by its name; a briefing or remarks by who gave them
        account = f"the {who.own.adjective} readout" if who.readout else who.own.office
        return f"According to {account}, {body}."
    if kind == "trailing":
        return f"{_body(s)}, {who.own.office} said."
    if kind == "statement":
        return f"In a statement, {who.own.office} said {body}."
    if kind == "told":
        return f"{who.own.leader} told {who.other.leader} that {body}."
    raise ValueError(kind)


# The frames that pin a sentence on a government's account; a leader's frames are left out of the misattributions:
# either side's readout tells what both leaders said, so "Putin said ..." may be supported by the White House's text.
ACCOUNT_FRAMES = ("according", "trailing", "statement")


def misattributed(s: str, who: Speaker, n: int = 0) -> tuple[str, str]:
    """The sentence pinned on the other party's account (its readout or office; ACCOUNT_FRAMES in turn by `n`):
    what an outlet does when it mixes up whose account says what."""
    kind = ACCOUNT_FRAMES[n % len(ACCOUNT_FRAMES)]
    return frame(s, Speaker(who.other, who.own), kind), f"other:{kind}"


# ---- (2) tense backshift and (3) person shift: word for word, case kept

BACKSHIFT = {"will": "would", "won't": "wouldn't", "is": "was", "isn't": "wasn't", "are": "were",
             "aren't": "weren't", "am": "was", "has": "had", "have": "had", "can": "could", "cannot": "could not",
             "can't": "couldn't", "may": "might", "shall": "should"}
PERSON = {"i": "he", "we": "they", "our": "their", "ours": "theirs", "my": "his", "me": "him", "us": "them",
          "ourselves": "themselves", "myself": "himself"}


def _swap_words(s: str, table: dict[str, str]) -> str:
    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        if word == "US" or word.isupper() and len(word) > 1:  # "US" is the country, not "us"
            return word
        new = table.get(word.lower())
        if new is None:
            return word
        return new[0].upper() + new[1:] if word[0].isupper() else new
    return re.sub(r"\b[A-Za-z]+(?:'t)?\b", one, s)


def backshift(s: str, who: Speaker | None = None) -> str:
    """will -> would, is -> was, has -> had, can -> could."""
    return _swap_words(s, BACKSHIFT)


def person(s: str, who: Speaker) -> str:
    """I -> he, we -> they, our -> their; "the President" (of the text's own side, no name after it) -> the
    leader's surname."""
    s = re.sub(rf"(?:\b[Tt]he |^){re.escape(who.own.title)}\b(?! of)(?! [A-Z])", who.own.leader, s)
    s = re.sub(r"(?<=\w )I\b", "he", s)
    return _swap_words(s, PERSON)


# ---- (4) leader and country references

def _leader_pattern(side: Side) -> str:
    titles = rf"(?:(?:{re.escape(side.adjective)} )?{re.escape(side.title)} )?(?:H\.E\. )?(?:Mr\. |Shri )?"
    names = "|".join(re.escape(n) for n in (*side.full, side.leader))
    countries = "|".join(re.escape(c) for c in side.countries)
    return rf"\b{titles}(?:{names})\b(?:,? Jr\.)?(?: of (?:{countries})(?![-\w]))?"


def references(s: str, who: Speaker, roles: bool = False) -> str:
    """Leaders by surname ("President Joseph R. Biden, Jr." -> "Biden"), or by role ("the Indian leader"), and
    governments by their seat ("the Russian side" -> "Moscow", "the United States" -> "Washington")."""
    names: list[str] = []

    def keep(new: str) -> str:  # a placeholder, so that no later pattern rewrites what one put in
        names.append(new)
        return f"\x00{len(names) - 1}\x00"
    for side in (who.own, who.other):
        name = keep(f"the {side.adjective} leader" if roles else side.leader)
        countries = "|".join(re.escape(c) for c in side.countries)
        s = re.sub(rf"\b[Tt]he {re.escape(side.title)} of (?:{countries})(?![-\w])(?:,? (?:H\.E\. )?(?:Mr\. )?"
                   rf"(?:{'|'.join(re.escape(n) for n in side.full)})\b(?:,? Jr\.)?)?", name, s)
        s = re.sub(_leader_pattern(side), name, s)
        seat = keep(side.capital)
        s = re.sub(rf"\b[Tt]he {re.escape(side.adjective)} side\b", seat, s)
        s = re.sub(rf"(?<![-\w])(?:{countries})(?![-\w])", seat, s)
    s = re.sub("\x00(\\d+)\x00", lambda m: names[int(m.group(1))], s)
    return s[0].upper() + s[1:] if s else s


def roles(s: str, who: Speaker) -> str:
    return references(s, who, roles=True)


# ---- (5) reporting verbs swapped for the ones the press uses as their equals

VERBS = (("stressed", "underlined"), ("underlined", "stressed"), ("emphasized", "stressed"),
         ("emphasised", "stressed"), ("underscored", "emphasised"), ("expressed", "voiced"),
         ("discussed", "talked about"), ("agreed that", "concurred that"), ("agreed on", "concurred on"),
         ("reaffirmed", "reiterated"), ("reiterated", "reaffirmed"), ("welcomed", "hailed"),
         ("exchanged views on", "held talks on"), ("highlighted", "underlined"), ("noted", "pointed out"))


def verbs(s: str, who: Speaker | None = None) -> str:
    """stressed -> underlined, expressed -> voiced, discussed -> talked about, agreed that -> concurred that ..."""
    table = dict(VERBS)
    pattern = "|".join(re.escape(old) for old, _ in sorted(VERBS, key=lambda v: -len(v[0])))

    def one(m: re.Match[str]) -> str:
        new = table[m.group(0).lower()]
        return new[0].upper() + new[1:] if m.group(0)[0].isupper() else new
    return re.sub(rf"\b(?:{pattern})\b", one, s, flags=re.IGNORECASE)


# ---- (6) a clause cut: the main clause, or the first clause

# Where a sentence's first clause ends: a semicolon, a coordinated or relative clause, an added list.
_CUT = re.compile(r";|, (?:and|which|while|whereas|who|as well as|including|adding|noting|but)\b")
_LEAD = re.compile(r"^(?:While|During|In|On|At|As|After|Before|Following|Given|Speaking|Discussing|Referring"
                   r"|Touching)\b[^,]{3,120}, (?=[a-zA-Z])")
MIN_CUT_WORDS = 6  # a cut that leaves fewer words than this is no retelling: the sentence is kept whole


def cut(s: str, who: Speaker | None = None) -> str:
    """Only the main clause (a leading "While discussing ..., " dropped) and of it only the first clause."""
    body = _body(s)
    lead = _LEAD.match(body)
    if lead and len(body[lead.end():].split()) >= MIN_CUT_WORDS:
        body = body[lead.end():]
        body = body[0].upper() + body[1:]
    for m in _CUT.finditer(body):
        if len(body[:m.start()].split()) >= MIN_CUT_WORDS:
            body = body[:m.start()]
            break
    return body + "."


# ---- (7) two statements merged into one sentence

def merge(first: str, second: str) -> str:
    """Two statements told as one sentence, as a story compresses a readout: "A, and b."."""
    return f"{_body(first)}, and {_lower_first(_body(second))}."


# ---- the families and their pairs

Transform = Callable[[str, Speaker], str]
FAMILIES: dict[str, Transform] = {"cut": cut, "verbs": verbs, "references": references, "person": person,
                                  "backshift": backshift, "frame": frame}
ORDER = tuple(FAMILIES)  # a pair applies its two families in this order: the frame goes on last


def variants() -> list[tuple[str, ...]]:
    """Every family alone, then every pair of them, each in ORDER."""
    return [(f,) for f in ORDER] + [tuple(p) for p in combinations(ORDER, 2)]


def retell(s: str, who: Speaker, families: tuple[str, ...], n: int = 0) -> tuple[str, str]:
    """The sentence retold by the families (in ORDER), and the label of the sub-variant used; `n` (the claim's
    number) picks the frame among FRAMES and names or roles for the references, so each is used in turn."""
    label = []
    for name in ORDER:
        if name not in families:
            continue
        if name == "frame":
            kind = FRAMES[n % len(FRAMES)]
            s = frame(s, who, kind)
            label.append(f"frame:{kind}")
        elif name == "references" and n % 2:
            s = roles(s, who)
            label.append("references:roles")
        else:
            s = FAMILIES[name](s, who)
            label.append(name)
    return " ".join(s.split()), "+".join(label)
