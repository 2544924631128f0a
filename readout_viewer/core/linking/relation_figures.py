"""The figures that set two linked claims apart: dates, durations, counts, percentages one gives and the other not."""

from __future__ import annotations

import calendar
import re

from readout_viewer.core.language.figures import Figure, same
from readout_viewer.core.language.lexicon import MONTH_STARTS_PATTERN, STOPWORDS
from readout_viewer.core.language.ordinals import ranked
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.divergence_cues import Cues

# Dates within this many days of a claim's own document date anchor the claim in time ("On December 30, ..."):
# they are not figures it reports.
ANCHOR_DAYS = 1


def _reported(found: tuple[Figure, ...], anchors: tuple[float, ...]) -> list[Figure]:
    """The figures a claim reports: not the dates that only anchor it on its own document's day."""
    return [f for f in found if not (f.kind == "date" and any(abs(f.value - a) <= ANCHOR_DAYS for a in anchors))]


def _unmatched(mine: list[Figure], theirs: list[Figure]) -> list[str]:
    """The words of my figures that none of theirs matches, each once."""
    return list(dict.fromkeys(_shown(f.said) for f in mine if not any(same(f, t) for t in theirs)))


# A month's name, as figures write it (folded): shown with its capital in a detail ("January 12", not "january 12").
_MONTH = re.compile(rf"\b(?:{MONTH_STARTS_PATTERN})[a-z]*\b")


def _shown(words: str) -> str:
    """A figure's words as a detail shows them: months capitalised."""
    return _MONTH.sub(lambda m: m.group().capitalize(), words)


def _dated(days: tuple[tuple[int, str], ...], anchors: tuple[float, ...]) -> tuple[Figure, ...]:
    """Days named by an ordinal alone as dates: in the month of the call's day (the earliest anchor) when they come
    on or after it, else in the next month ("on the 12th" in a briefing of December 30 is January 12)."""
    if not days or not anchors:
        return ()
    month, today = divmod(int(min(anchors)), 100)
    months = [month if day >= today else (month + 1) % 12 for day, _ in days]
    return tuple(Figure("date", m * 100 + day, f"{calendar.month_name[m + 1]} {day} ({words})", False)
                 for m, (day, words) in zip(months, days))


def _counts_of(f: Figure, x: Cues) -> set[str]:
    """What a count counts: the concept of the word after it and of the content words beside it ("three overarching
    principles": overarch, principl, ...)."""
    unit = {concept(f.unit)} if f.unit and f.unit not in STOPWORDS else set()
    return unit | {c for w, c in x.beside if w == f.words}


def _counted_alike(xa: list[Figure], a: Cues, xb: list[Figure], b: Cues) -> tuple[list[Figure], list[Figure]]:
    """The counts of each claim that count what a count of the other counts: unequal numbers of different things
    ("the two discussed ..." / "back in June of 22"; "between the two powers" / "three overarching principles") set
    nothing apart."""
    alike = [(f, g) for f in xa for g in xb if _counts_of(f, a) & _counts_of(g, b)]
    return [f for f in xa if any(f is p for p, _ in alike)], [g for g in xb if any(g is q for _, q in alike)]


def _unranked(mine: list[Figure], other: Cues) -> list[Figure]:
    """My figures but those the other claim gives as an ordinal of the same thing ("50 years of independence" /
    "the 50th anniversary of independence"; "three rounds" / "the third round"): one number, written two ways."""
    return [f for f in mine if not ranked(f, other.ordinals)]


def numbers(a: Cues, b: Cues, anchors: tuple[tuple[float, ...], tuple[float, ...]]) -> str | None:
    """The figures that set two claims apart: figures of one kind in both, each claim with one the other does not
    match (a date changed beside one both give: "January 9-10 ..., December 12" / "January 9-10 ... January 12"),
    or a duration or percentage one claim gives and the other does not, about something the other names (a
    duration of the call itself aside, and time counted since an earlier event, "the first talks in over three
    years"; not "250 years ago" in a part of the sentence the other does not report)."""
    fa = _unranked(_reported(a.figures + _dated(a.days, anchors[0]), anchors[0]), b)
    fb = _unranked(_reported(b.figures + _dated(b.days, anchors[1]), anchors[1]), a)
    for kind in ("duration", "count", "percent", "date"):
        xa, xb = [f for f in fa if f.kind == kind], [f for f in fb if f.kind == kind]
        if kind == "count":  # counts of different things set nothing apart ("the two powers" / "three principles")
            xa, xb = _counted_alike(xa, a, xb, b)
        ua, ub = _unmatched(xa, xb), _unmatched(xb, xa)
        if ua and ub:
            return f"one says {', '.join(ua)}, the other {', '.join(ub)}"
        if kind in ("duration", "percent") and bool(xa) != bool(xb):
            giver, other = (a, b) if xa else (b, a)
            added = [f for f in xa or xb if f.words not in (a.call_figures | b.call_figures) and not f.elapsed
                     and {c for w, c in giver.beside if w == f.words} & other.concepts]
            if added:
                return f"one gives {', '.join(_shown(f.said) for f in added)}, the other no such figure"
    return None


def anchor_dates(date: str | None) -> tuple[float, ...]:
    """A document's ISO date as the figures module writes dates (month*100+day), to tell anchors from figures."""
    if not date or len(date) < 10 or not date[5:7].isdigit() or not date[8:10].isdigit():
        return ()
    return ((int(date[5:7]) - 1) * 100 + int(date[8:10]),)
