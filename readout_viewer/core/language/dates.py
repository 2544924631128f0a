"""Days: an official text's date, and the days of the month a sentence names (one rule for linking and attributions)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from readout_viewer.core.language.figures import figures

# A call late in one capital's day is the next day in another's, and a readout may be dated the day after the call:
# a day this close to an official text's date is the call's.
GRACE = timedelta(days=1)


def day_of(iso: str | None) -> date | None:
    """The day of an ISO date ("2021-04-13"), or None when there is none or it is a month ("2022-01")."""
    try:
        return date.fromisoformat((iso or "")[:10])
    except ValueError:
        return None


def month_days(folded: str, year: int) -> Iterator[date]:
    """The days of the month a folded text names ("On December 30", "Nov. 9"), in a given year; a day that no
    calendar has (February 30) is left out."""
    for figure in figures(folded):
        if figure.kind == "date":
            month, day = divmod(int(figure.value), 100)
            try:
                yield date(year, month + 1, day)
            except ValueError:
                continue
