"""Whether an outlet sentence dates what it tells on another day than an official text's: another call's."""

from __future__ import annotations

from datetime import date

from readout_viewer.core.language.dates import GRACE, month_days
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import fold
from readout_viewer.core.linking.terms import WEEKDAY_NAMES, Terms

_WEEKDAY_CONCEPTS = tuple(concept(d) for d in WEEKDAY_NAMES)  # in date.weekday() order


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
    if not any(map(str.isdigit, text)):  # C's loop over the characters: most sentences hold no digit
        return False
    return any(abs(told - day) > GRACE for told in month_days(fold(text), day.year))
