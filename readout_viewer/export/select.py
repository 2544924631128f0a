"""Which events and documents a PDF covers, and which documents stand in the synopsis columns (no Qt)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from readout_viewer.core.model import Analysis, Document

# Columns of the synopsis: more than five are too narrow to read on a landscape page.
MAX_COLUMNS = 5
READOUT_KIND = "readout"
STATEMENT_KINDS = ("statement", "press release")  # the next closest thing to a readout


class SelectionError(ValueError):
    """The event or documents asked for are not in the analysis; the message says what is."""


@dataclass(frozen=True)
class Selection:
    """The events to print, their documents, and per event the synopsis column documents."""

    events: tuple[str, ...]
    documents: tuple[Document, ...]
    columns: Mapping[str, tuple[str, ...]]


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


def _readout_rank(d: Document) -> tuple[int, int]:
    kind = (d.kind or "").lower()
    return (0 if kind == READOUT_KIND else 1 if kind in STATEMENT_KINDS else 2), len(d.text)


def readouts(docs: Sequence[Document]) -> list[str]:
    """One official document per side: its readout, else its statement, else its shortest official text."""
    chosen: dict[str, Document] = {}
    for d in docs:
        if not d.is_official:
            continue
        side = d.side or d.source or d.id
        current = chosen.get(side)
        if current is None or _readout_rank(d) < _readout_rank(current):
            chosen[side] = d
    return [d.id for d in chosen.values()]


def select(analysis: Analysis, event: str | None = None, docs: Sequence[str] | None = None) -> Selection:
    """The selection for an export; raises SelectionError naming what exists when something asked is missing."""
    events = analysis.events
    if event is not None:
        if event not in events:
            raise SelectionError(f"no event '{event}' in the folder; events are: {', '.join(events) or 'none'}")
        events = (event,)
    wanted = [_resolve(analysis, w) for w in (docs or ()) if w.strip()]
    columns = {}
    for ev in events:
        of_event = analysis.documents_of(ev)
        extra = [w for w in wanted if analysis.document[w].event == ev]
        ids = list(dict.fromkeys(readouts(of_event) + extra))
        columns[ev] = tuple(ids[:MAX_COLUMNS])
    documents = tuple(d for d in analysis.documents if d.event in events)
    return Selection(tuple(events), documents, columns)
