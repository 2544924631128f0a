"""Whether a sentence dates what it tells to another day than the call's: "On November 9, ... the Ukrainian
President said" or "Netanyahu acknowledged on Monday ..." of a call on a Thursday or a Wednesday."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from readout_viewer.core.attributions.cue_words import DAYS
from readout_viewer.core.language.dates import GRACE, day_of, month_days
from readout_viewer.core.language.text import fold
from readout_viewer.core.model import Document

_WEEKDAY = re.compile(rf"\bon\s+(?P<day>{DAYS})\b")
_WEEKDAYS = DAYS.split("|")
# A relative clause set off by commas tells of the person before it, not of the report around it ("The Kremlin said
# Putin, who announced on Friday that he would seek a new term, briefed Sisi on ..."): its day or occasion is that
# person's, so it is read without it. Up to the next comma, semicolon or full stop.
_RELATIVE = re.compile(r",\s+(?:who|whose|which)\b[^,;.]*,")


def without_relative_clauses(text: str) -> str:
    """The text without the relative clauses set off by commas (`_RELATIVE`), each left as a space."""
    return _RELATIVE.sub(" ", text)


def call_days(documents: Iterable[Document]) -> tuple[date, ...]:
    """The days the official texts of one event are dated (their front matter's `date`, ISO), if any."""
    return tuple(sorted({d for d in map(day_of, (doc.date for doc in documents)) if d is not None}))


def dated_elsewhere(text: str, days: Sequence[date]) -> bool:
    """Whether `text` dates itself before the call (a month's day before the first official text's date) or on a
    weekday that is neither a readout's day nor the day after it (`days`: call_days)."""
    if not days:
        return False
    folded = fold(text)
    if any(told < days[0] for told in month_days(folded, days[0].year)):
        return True
    weekdays = {d.weekday() for d in days} | {(d + GRACE).weekday() for d in days}
    return any(_WEEKDAYS.index(m.group("day")) not in weekdays for m in _WEEKDAY.finditer(folded))
