"""Whether an outlet sentence dates what it tells on another day than an official text's: another call's."""

from __future__ import annotations

from datetime import date, timedelta

from readout_viewer.core.language.figures import figures
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import fold
from readout_viewer.core.linking.terms import WEEKDAY_NAMES, Terms

# A call late in one capital's day is the next day in another's, and a readout may be dated the day after the call:
# a sentence dated this many days from the official text's date is of the same call.
GRACE = timedelta(days=1)
_WEEKDAY_CONCEPTS = tuple(concept(d) for d in WEEKDAY_NAMES)  # in date.weekday() order


def day_of(iso: str | None) -> date | None:
    """The day of an ISO date ("2021-04-13"), or None when there is none or it is a month ("2022-01")."""
    try:
        return date.fromisoformat((iso or "")[:10])
    except ValueError:
        return None


def dated_other_day(text: str, mine: Terms, day: date | None) -> bool:
    """Whether a sentence (`mine`: its terms) names a weekday or a day of the month more than GRACE away from `day`,
    an official text's date ("Putin held a telephone conversation with Biden on Friday" of a call on a Tuesday;
    "On December 30, ... held telephone talks" of a call on December 7)."""
    if day is None:
        return False
    near = [day + k * GRACE for k in (-1, 0, 1)]
    weekdays = {d.weekday() for d in near}
    if any(c in mine.concepts and i not in weekdays for i, c in enumerate(_WEEKDAY_CONCEPTS)):
        return True
    if not any(ch.isdigit() for ch in text):
        return False
    for figure in figures(fold(text)):
        if figure.kind == "date":
            month, d = divmod(int(figure.value), 100)
            try:
                told = date(day.year, month + 1, d)
            except ValueError:
                continue
            if abs(told - day) > GRACE:
                return True
    return False
