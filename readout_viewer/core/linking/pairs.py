"""Which documents are aligned with which: every outlet with the official texts it may report, and the official
texts of one event with each other."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import NamedTuple

from readout_viewer.core.linking.readouts import OFFICIAL_THRESHOLD
from readout_viewer.core.model import Document

# An outlet claim reports an official one when their similarity reaches this; below it the outlet sentence
# is commentary or reports something else (tuned on the dev gold: lower adds links on shared actors only).
OUTLET_THRESHOLD = 0.35
# An outlet cannot report a readout published after it; a day's grace covers time zones (a Moscow readout
# dated the day after a Washington evening story about the same call).
DATE_GRACE = timedelta(days=1)


class Pair(NamedTuple):
    """Two documents to align: `a` reports or sorts first, `b` is the official counterpart."""

    a: Document
    b: Document
    threshold: float


def document_pairs(documents: Sequence[Document]) -> list[Pair]:
    """Outlet -> every official (any event); official -> official of the same event from another source text."""
    officials = [d for d in documents if d.is_official]
    first = _first_dates(officials)
    pairs = [Pair(d, o, OUTLET_THRESHOLD) for d in documents if not d.is_official for o in officials
             if may_report(d, o, first.get(o.event) if d.event == o.event else None)]
    for i, a in enumerate(officials):
        for b in officials[i + 1:]:
            if a.event == b.event:
                pairs.append(Pair(a, b, OFFICIAL_THRESHOLD))
    return pairs


def _first_dates(officials: Sequence[Document]) -> dict[str, str]:
    """The earliest ISO date of each event's official texts: a copy of a readout republished days later (a press
    release of the Chinese readout dated four days after the call) still tells what was said on the call's day,
    so an outlet of the event may report it from then on."""
    out: dict[str, str] = {}
    for d in officials:
        if d.date and d.date[:4].isdigit() and (d.event not in out or d.date < out[d.event]):
            out[d.event] = d.date
    return out


def may_report(outlet: Document, official: Document, public_from: str | None = None) -> bool:
    """Whether the outlet's date allows it to report the official text: not when it is dated well before it
    (`public_from`: the day its content was out, when earlier than the copy's own date). Dates missing or not in
    ISO form allow it; a month ("2022-01") is compared as a month."""
    a, b = outlet.date or "", public_from or official.date or ""
    if not (a[:4].isdigit() and b[:4].isdigit()):
        return True
    try:
        return date.fromisoformat(a) + DATE_GRACE >= date.fromisoformat(b)
    except ValueError:
        n = min(len(a), len(b))
        return a[:n] >= b[:n]


def same_side(pair: Pair) -> bool:
    """Whether two official texts come from one government (a readout and its leader's remarks or briefing):
    drafted by the same people in the same words, they match closely where they tell the same thing, so a weak
    best match between them is a coincidence of topic, not a retelling (their floors are the outlets')."""
    return pair.a.side is not None and pair.a.side == pair.b.side
