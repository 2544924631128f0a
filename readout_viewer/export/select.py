"""Which events and documents a PDF covers, and which documents stand in the synopsis columns (no Qt)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from readout_viewer.core import status
from readout_viewer.core.labels import counted
from readout_viewer.core.model import Analysis, Document

# Columns of the synopsis: more than five are too narrow to read on a landscape page (under 140 points each).
MAX_COLUMNS = 5
# Columns chosen when nobody names documents: the best official text of each side, then the outlets that set
# themselves apart most from them (the viewer's choice of panes), up to this many; four leave each column wide
# enough for about 40 characters of 8.5-point type.
DEFAULT_COLUMNS = 4


class SelectionError(ValueError):
    """The event or documents asked for are not in the analysis, or do not fit; the message says what does."""


@dataclass(frozen=True)
class Selection:
    """The events to print, their documents, and per event the synopsis column documents."""

    events: tuple[str, ...]
    documents: tuple[Document, ...]
    columns: Mapping[str, tuple[str, ...]]

    def left_out(self, analysis: Analysis, event: str) -> list[Document]:
        """The documents of an event that are not synopsis columns."""
        shown = set(self.columns.get(event, ()))
        return [d for d in analysis.documents_of(event) if d.id not in shown]


def _resolve(analysis: Analysis, wanted: str) -> str:
    """A document id from an id or a file name (without folder and extension) that names one document."""
    if wanted in analysis.document:
        return wanted
    hits = [d.id for d in analysis.documents if d.id.rsplit("/", 1)[-1] == wanted or d.path == wanted]
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise SelectionError(f"document '{wanted}' is ambiguous: {', '.join(hits)}")
    raise SelectionError(f"no document '{wanted}' in the folder; documents are: "
                         + ", ".join(d.id for d in analysis.documents))


def default_columns(analysis: Analysis, event: str, count: int = DEFAULT_COLUMNS) -> list[str]:
    """Whole readouts of each side first (see core.status.official_order), then the outlets with most contrast."""
    officials = [d.id for d in status.side_references(analysis, event)][:count]
    outlets = [d.id for d in status.outlets_by_contrast(analysis, event, officials)]
    return officials + outlets[:max(0, count - len(officials))]


def _columns(analysis: Analysis, event: str, named: Sequence[str]) -> tuple[str, ...]:
    """The named documents of the event after its side references; the default choice when none is named."""
    if not named:
        return tuple(default_columns(analysis, event))
    officials = [d.id for d in status.side_references(analysis, event)]
    ids = list(dict.fromkeys(officials + list(named)))
    if len(ids) > MAX_COLUMNS:
        raise SelectionError(
            f"the synopsis of {event} can set at most {MAX_COLUMNS} documents side by side; with the readouts "
            f"of each side ({', '.join(officials)}) that makes {len(ids)}: name at most "
            f"{counted(MAX_COLUMNS - len(officials), 'other document')}")
    return tuple(ids)


def select(analysis: Analysis, event: str | None = None, docs: Sequence[str] | None = None) -> Selection:
    """The selection for an export; raises SelectionError naming what exists when something asked is missing,
    when a named document belongs to another event than the one asked for, or when columns would not fit."""
    events = analysis.events
    if event is not None:
        if event not in events:
            raise SelectionError(f"no event '{event}' in the folder; events are: {', '.join(events) or 'none'}")
        events = (event,)
    wanted = list(dict.fromkeys(_resolve(analysis, w.strip()) for w in (docs or ()) if w.strip()))
    stray = [w for w in wanted if analysis.document[w].event not in events]
    if stray:
        where = ", ".join(f"{w} is of {analysis.document[w].event or '(no event)'}" for w in stray)
        raise SelectionError(f"the documents named must be of the event exported ({', '.join(events)}): {where}")
    columns = {ev: _columns(analysis, ev, [w for w in wanted if analysis.document[w].event == ev]) for ev in events}
    documents = tuple(d for d in analysis.documents if d.event in events)
    return Selection(tuple(events), documents, columns)
