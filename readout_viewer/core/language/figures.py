"""Figures in a claim: counts, durations, dates and percentages, in digits or words, with their units."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from readout_viewer.core.language.lexicon import MONTH_STARTS_PATTERN
from readout_viewer.core.language.text import fold, holds_any

# Minutes in each unit a duration is given in (a duration is kept in minutes).
UNITS = {"second": 1 / 60, "minute": 1.0, "hour": 60.0, "day": 1440.0, "week": 10080.0, "month": 43200.0,
         "year": 525600.0}
_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
          "fifty": 50, "sixty": 60, "ninety": 90, "hundred": 100, "dozen": 12, "a": 1, "an": 1, "half": 0.5}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NUM = r"(?:\d+(?:[.,]\d+)?|" + "|".join(sorted((w for w in _WORDS if w not in ("a", "an")), key=len,
                                                reverse=True)) + r")"
# A digit, as the patterns' \d reads one: the dates, percentages, numbered names and footnote marks all hold one.
_DIGIT = re.compile(r"\d")
# The number words a count may be written in (_COUNT's words; "a" and "an" count only before a unit).
NUMBER_WORDS = tuple(w for w in _WORDS if w not in ("a", "an"))
# The units a duration is given in (_DURATION's), as words a text holds.
_UNIT_WORDS = tuple(UNITS)
# "90 minutes", "two-hour", "an hour and a half", "1.5 hours", "30-day", "one-and-a-half hours", "an almost hour-long".
_DURATION = re.compile(rf"\b(?P<n>{_NUM}|an?)(?P<approx>\s+(?:almost|nearly|about|roughly|approximately))?"
                       rf"(?P<and>(?:[\s-]+and[\s-]+a[\s-]+half))?[\s-]+"
                       rf"(?P<unit>second|minute|hour|day|week|month|year)s?\b(?P<tail>\s+and\s+a\s+half)?")
# "December 30", "Dec. 7", "30 December", "March 18th".
_DATE = re.compile(r"\b(?:(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?P<d1>\d{1,2})"
                   r"(?:st|nd|rd|th)?(?:\s*-\s*(?P<d3>\d{1,2}))?\b|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>jan|feb|mar|apr|may|jun|jul|aug|"
                   r"sep|sept|oct|nov|dec)[a-z]*\b)")
# Days named by an ordinal alone ("starting on the 9th and 10th in Geneva, ... on the 12th"): a briefing's dates,
# whose month the document's own date gives (see relations). Not "on the 75th anniversary": a word other than a
# preposition after the last ordinal makes it a rank.
_ORDINAL_DAYS = re.compile(r"\bon\s+the\s+(?P<days>\d{1,2}(?:st|nd|rd|th)(?:\s*(?:,\s*and|,|and)\s*(?:the\s+)?"
                           r"\d{1,2}(?:st|nd|rd|th))*)(?!\s+(?!in\b|at\b|and\b|with\b|for\b)[a-z])")
_PERCENT = re.compile(r"\b(\d+(?:[.,]\d+)?)\s*(?:%|per\s?cent\b)")
# A year written short has two digits after its apostrophe ("June of '22", folded from "June of ’22").
SHORT_YEAR_DIGITS = 2
_COUNT = re.compile(rf"\b(?P<n>\d+(?:[.,]\d+)*|{_NUM})\b(?:\s+(?P<what>[a-z]+))?")
# Counts that only name the parties of the call ("the two leaders", "both presidents") say nothing reported.
_PARTIES = frozenset("leaders leader presidents president sides side countries nations men heads parties "
                     "delegations teams governments ministers sessions of".split())
# Footnote marks ("security[1]") and ages after a name ("Biden, 78,") are not figures of what was said.
_NOT_FIGURES = re.compile(r"\[\d{1,3}\]|,\s*\d{2},")
# A number in a name ("Nord Stream 2", "the Minsk 2 agreements", "Article 5"): digits after capitalised words, in a
# sentence's running text (the word before is lower case or a comma), is what a thing is called, not how many of it
# there are. A month's name is a date's ("on March 18"), read as such.
_NAMED_NUMBER = re.compile(r"(?<=[a-z\u2019',;]\s)(?:[A-Z][\w\-]*\s+)+(?P<n>\d+)\b")
_MONTH_NAME = re.compile(rf"(?i:{MONTH_STARTS_PATTERN})[a-z]*\.?\s+\d+$")
# A speaker's list marker ("Number two, when it comes to ...", "Point 3:"): the place of a point, not a figure.
_LIST_MARKER = re.compile(r"\b(?:number|point|item|step)\s+(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine"
                          r"|ten)\s*[,:;.)]", re.IGNORECASE)
# The words one of which every list marker holds: a text without one (made caseless, as the case-insensitive pattern
# reads it) is not searched for them (corpus/: 334 texts, the pattern tried at every character of each).
_LIST_WORDS = ("number", "point", "item", "step")
# "3½ hours" is three and a half.
_HALF = re.compile(r"(\d)\s*\u00bd")
# Words of a call: a duration beside them measures the call itself ("the call lasted 90 minutes", "a two-hour
# video conference").
CALL_WORDS = re.compile(r"\b(?:call|calls|talks|talked|conversation|conversations|phone|telephone|lasted|lasting|"
                        r"spoke|speak|met|meeting|videoconference|video|conference|discussion|chat)\b")
# Qualifiers that make a figure approximate: "just over an hour" and "a bit over an hour" are the same figure.
_APPROX = re.compile(r"\b(?:about|around|roughly|nearly|almost|approximately|some|over|more than|less than|"
                     r"just|a bit|slightly|some|up to|at least|under)\s*$")
# Two durations are the same figure when within this share of each other and either is approximate.
APPROX_SHARE = 0.2
# Qualifiers that bound a figure from one side: "nearly four hours" stops short of four, "more than three hours" goes
# past three. A bounded duration holds what lies on its side of the figure, within a share of it.
BELOW = frozenset({"nearly", "almost", "less than", "under", "up to"})
ABOVE = frozenset({"over", "more than", "at least"})
# "Nearly" and "almost" fall short by at most a tenth: "nearly four hours" is not "about three and a half" (an
# eighth short), while "more than three hours" may be three and a half (APPROX_SHARE past it).
BELOW_SHARE = 0.1
# Time that has passed, counted by the writer from dates the texts give: "the first direct talks in over three years",
# "the first call in two months", "two years ago", "over the past three years". Such a figure is arithmetic on the
# event's history, not something said on the call: a text that gives it adds no figure to one that does not.
_ELAPSED_BEFORE = re.compile(r"(?:\b(?:first|last)\b[^.;:]{0,80}?\b(?:in|for|since)\s+"
                             r"|\b(?:in|over|during|for)\s+the\s+(?:past|last|previous)\s+)"
                             r"(?:(?:over|more\s+than|nearly|almost|about|some|roughly)\s+)?$")
# After the figure: "two years ago"; an outlet's timing of the call against another event ("Biden called Modi just two
# days after the prime minister returned from Kyiv", "a month before the election", "two days later"); an anniversary's
# years ("the 50-year anniversary" of ties the readout calls "the 50th anniversary").
_ELAPSED_AFTER = re.compile(r"\s*(?:ago|earlier|later|after|before|anniversary)\b")


class Figure(NamedTuple):
    """One figure: its kind (duration, date, percent, count), its value in a common unit, and its words."""

    kind: str
    value: float
    words: str
    approximate: bool
    unit: str = ""  # the word after a count ("troops"): unequal counts of different things are not matched
    elapsed: bool = False  # a duration that only counts time passed since an earlier event (_ELAPSED_BEFORE)
    qualifier: str = ""  # the word that makes a duration approximate ("nearly", "about", "more than"), if any

    @property
    def bound(self) -> str:
        """The side its qualifier bounds it from: "below" ("nearly four hours"), "above" ("more than three hours")
        or "" (exact, or "about")."""
        return "below" if self.qualifier in BELOW else "above" if self.qualifier in ABOVE else ""

    @property
    def said(self) -> str:
        """Its words with their qualifier ("nearly four hours")."""
        return f"{self.qualifier} {self.words}" if self.qualifier else self.words


def _number(word: str) -> float | None:
    word = word.replace(",", "")
    try:
        return float(word)
    except ValueError:
        return _WORDS.get(word)


def _approximate(text: str, start: int) -> bool:
    return _APPROX.search(text[max(0, start - 20):start]) is not None


def _qualifier(text: str, start: int, after: str | None) -> str:
    """The qualifier just before a figure ("nearly", "more than") or just after its number ("an almost hour-long")."""
    found = _APPROX.search(text[max(0, start - 20):start])
    return " ".join(found.group().split()) if found else " ".join((after or "").split())


def _durations(text: str, taken: list[tuple[int, int]]) -> list[Figure]:
    out = []
    for m in _DURATION.finditer(text):
        n = _number(m.group("n"))
        if n is None or (m.group("n") in ("a", "an") and m.group("unit") in ("second", "minute")
                         and not (m.group("and") or m.group("tail"))):
            continue  # "in a second", "wait a minute": idioms, not durations
        if m.group("and") or m.group("tail"):
            n += 0.5
        elapsed = bool(_ELAPSED_BEFORE.search(text[max(0, m.start() - 100):m.start()])
                       or _ELAPSED_AFTER.match(text, m.end()))
        out.append(Figure("duration", n * UNITS[m.group("unit")], m.group().strip(),
                          bool(m.group("approx")) or _approximate(text, m.start()), elapsed=elapsed,
                          qualifier=_qualifier(text, m.start(), m.group("approx"))))
        taken.append(m.span())
    return out


def _dates(text: str, taken: list[tuple[int, int]]) -> list[Figure]:
    out = []
    for m in _DATE.finditer(text):
        month = (m.group("m1") or m.group("m2"))[:3]
        day = int(m.group("d1") or m.group("d2"))
        if 1 <= day <= 31:
            out.append(Figure("date", _MONTHS.index(month) * 100 + day, m.group().strip(), False))
            if m.group("d3"):  # a range ("January 9-10") holds both days
                out.append(Figure("date", _MONTHS.index(month) * 100 + int(m.group("d3")), m.group().strip(), False))
            taken.append(m.span())
    return out


def _counts(text: str, taken: list[tuple[int, int]], digits: bool) -> list[Figure]:
    out = []
    for m in _PERCENT.finditer(text) if digits else ():
        out.append(Figure("percent", float(m.group(1).replace(",", ".")), m.group().strip(), False))
        taken.append(m.span())
    if not digits and not any(word in text for word in NUMBER_WORDS):
        return out
    for m in _COUNT.finditer(text):
        if any(s <= m.start() < e for s, e in taken) or (m.group("what") or "") in _PARTIES:
            continue
        n = _number(m.group("n"))
        if n is None:
            continue
        year = m.group("n").isdigit() and len(m.group("n")) == 4 and 1900 <= n <= 2100 or _short_year(text, m)
        if (not m.group("n")[0].isdigit() and n < 2) or year:
            continue  # "one of", a lone article, and years (they date the event, they are not a reported count)
        out.append(Figure("count", n, m.group("n"), _approximate(text, m.start()), m.group("what") or ""))
    return out


def _short_year(text: str, m: re.Match[str]) -> bool:
    """Whether a count is a year written short after an apostrophe ("back in June of '22", "the class of '98"): it
    dates something, as a four-digit year does."""
    return m.start() > 0 and text[m.start() - 1] == "'" and len(m.group("n")) == SHORT_YEAR_DIGITS


def _unnumbered(text: str, digits: bool) -> str:
    """The folded text with the numbers of names and list markers blanked (same length: offsets hold)."""
    folded = fold(text)
    spans = [m.span("n") for m in _NAMED_NUMBER.finditer(text) if not _MONTH_NAME.search(m.group())] if digits else []
    spans += [m.span("n") for m in _LIST_MARKER.finditer(text)] if holds_any(text, _LIST_WORDS) else []
    for start, end in spans:
        folded = folded[:start] + " " * (end - start) + folded[end:]
    return folded


@lru_cache(maxsize=1 << 14)
def figures(text: str) -> tuple[Figure, ...]:
    """Every figure of a text, durations in minutes, dates as month*100+day (no year: readouts omit it).

    Each pattern is searched only in a text that holds what its every match holds (_DIGIT, a unit, a number word):
    most claims hold no digit (corpus/: 40 of 331 texts), and the searches tried every word."""
    digits = _DIGIT.search(text) is not None
    folded = _unnumbered(text, digits)
    if digits:
        folded = _HALF.sub(r"\1.5", _NOT_FIGURES.sub(lambda m: " " * len(m.group()), folded))
    taken: list[tuple[int, int]] = []
    found = (_durations(folded, taken) if any(unit in folded for unit in _UNIT_WORDS) else []) + (
        _dates(folded, taken) if digits else [])
    return tuple(found + _counts(folded, taken, digits))


# A leaders' call or meeting lasts minutes or hours: a longer duration beside the words of a call measures
# something else ("the talks as the two powers sought to ratchet down more than a year of tensions").
LONGEST_CALL_MINUTES = 24 * 60


def measures_call(figure: Figure, folded: str) -> bool:
    """Whether a figure of a claim (its folded text) is the duration of the call itself."""
    return figure.kind == "duration" and figure.value <= LONGEST_CALL_MINUTES and bool(CALL_WORDS.search(folded))


def call_duration(text: str) -> Figure | None:
    """The duration of the call a claim gives ("The call lasted over an hour"), if it gives one."""
    folded = fold(text)
    return next((f for f in figures(text) if measures_call(f, folded)), None)


def same(a: Figure, b: Figure) -> bool:
    """Whether two figures of one kind say the same thing (approximate ones within APPROX_SHARE)."""
    if a.kind != b.kind:
        return False
    if a.value == b.value:
        return True  # one number, whatever word follows it ("25,000 winter kits" / "25,000 extreme cold winter kits")
    if a.unit != b.unit:
        return False
    if a.kind == "duration" and (a.bound or b.bound):
        (lo, hi), (low, high) = _span(a), _span(b)
        return lo <= high and low <= hi
    if (a.approximate or b.approximate) and a.kind in ("duration", "count"):
        return abs(a.value - b.value) <= APPROX_SHARE * max(a.value, b.value)
    return False


def _span(f: Figure) -> tuple[float, float]:
    """What a duration may be: short of a "nearly" figure by BELOW_SHARE, past a "more than" one by APPROX_SHARE, an
    exact or "about" figure itself."""
    if f.bound == "below":
        return f.value * (1 - BELOW_SHARE), f.value
    if f.bound == "above":
        return f.value, f.value * (1 + APPROX_SHARE)
    return f.value, f.value


def ordinal_days(text: str) -> tuple[tuple[int, str], ...]:
    """The days a text names by an ordinal alone ("on the 9th and 10th"), each with its words ("the 9th")."""
    out = []
    for m in _ORDINAL_DAYS.finditer(fold(text)):
        out += [(int(d), f"the {d}{suffix}") for d, suffix in re.findall(r"(\d{1,2})(st|nd|rd|th)", m.group("days"))
                if 1 <= int(d) <= 31]
    return tuple(out)
