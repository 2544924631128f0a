"""Whether a sentence dates what it tells to another day than the call's: "On November 9, ... the Ukrainian
President said" or "Netanyahu acknowledged on Monday ..." of a call on a Thursday or a Wednesday."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from readout_viewer.core.attributions.cue_words import DAYS
from readout_viewer.core.language.figures import figures
from readout_viewer.core.language.text import fold
from readout_viewer.core.model import Document

_WEEKDAY = re.compile(rf"\bon\s+(?P<day>{DAYS})\b")
_WEEKDAYS = DAYS.split("|")
# A call late in one capital's day is the next day in another's: an outlet may date it a day after the readout.
_LATER_BY = timedelta(days=1)


def call_days(documents: Iterable[Document]) -> tuple[date, ...]:
    """The days the official texts of one event are dated (their front matter's `date`, ISO), if any."""
    out = []
    for doc in documents:
        try:
            out.append(date.fromisoformat((doc.date or "")[:10]))
        except ValueError:
            continue
    return tuple(sorted(set(out)))


def dated_elsewhere(text: str, days: Sequence[date]) -> bool:
    """Whether `text` dates itself before the call (a month's day before the first official text's date) or on a
    weekday that is neither a readout's day nor the day after it (`days`: call_days)."""
    if not days:
        return False
    folded = fold(text)
    for figure in figures(folded):
        if figure.kind == "date":
            month, day = divmod(int(figure.value), 100)
            try:
                if date(days[0].year, month + 1, day) < days[0]:
                    return True
            except ValueError:
                continue
    weekdays = {d.weekday() for d in days} | {(d + _LATER_BY).weekday() for d in days}
    return any(_WEEKDAYS.index(m.group("day")) not in weekdays for m in _WEEKDAY.finditer(folded))
