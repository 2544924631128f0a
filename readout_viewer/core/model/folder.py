"""The analysis of one folder, the analyst's notes and the problems it carries, and how far an analysis is."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from readout_viewer.core.model.record import FRESH, Record, set_field
from readout_viewer.core.model.results import Attribution, Link, Omission, Quote, Unreported
from readout_viewer.core.model.texts import Claim, Document


@dataclass(init=False, repr=False, eq=False)
class Note(Record):
    """An analyst's note on a claim or a link."""

    claim: str
    text: str
    other: str | None = None  # the other claim when the note is on a link
    author: str | None = None
    at: str | None = None

    def __init__(
        self, claim: str, text: str, other: str | None = None, author: str | None = None, at: str | None = None,
    ) -> None:
        set_field(self, "claim", claim)
        set_field(self, "text", text)
        set_field(self, "other", other)
        set_field(self, "author", author)
        set_field(self, "at", at)


@dataclass(init=False, repr=False, eq=False)
class Problem(Record):
    """A file that could not be read as it is, and why, in words for a person."""

    path: str
    message: str

    def __init__(self, path: str, message: str) -> None:
        set_field(self, "path", path)
        set_field(self, "message", message)


@dataclass(frozen=True, init=False, repr=False, eq=False)
class Progress(Record):
    """How far an analysis is: `fraction` of the whole in 0..1 and what it is doing now."""

    fraction: float
    message: str

    def __init__(self, fraction: float, message: str) -> None:
        set_field(self, "fraction", fraction)
        set_field(self, "message", message)


@dataclass(frozen=True, init=False, repr=False, eq=False)
class Analysis(Record):
    """Everything the engine found in one folder."""

    root: str
    documents: tuple[Document, ...] = ()
    claims: tuple[Claim, ...] = ()
    links: tuple[Link, ...] = ()
    omissions: tuple[Omission, ...] = ()
    quotes: tuple[Quote, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    problems: tuple[Problem, ...] = ()
    notes: tuple[Note, ...] = ()
    orphans: tuple[Mapping[str, object], ...] = ()  # analyst decisions whose text no longer exists
    unreported: tuple[Unreported, ...] = ()
    engine: Mapping[str, str] = field(default_factory=dict)  # which engine and model made it (name -> version)

    def __init__(
        self, root: str, documents: tuple[Document, ...] = (), claims: tuple[Claim, ...] = (),
        links: tuple[Link, ...] = (), omissions: tuple[Omission, ...] = (), quotes: tuple[Quote, ...] = (),
        attributions: tuple[Attribution, ...] = (), problems: tuple[Problem, ...] = (), notes: tuple[Note, ...] = (),
        orphans: tuple[Mapping[str, object], ...] = (), unreported: tuple[Unreported, ...] = (),
        engine: Mapping[str, str] = FRESH,
    ) -> None:
        set_field(self, "root", root)
        set_field(self, "documents", documents)
        set_field(self, "claims", claims)
        set_field(self, "links", links)
        set_field(self, "omissions", omissions)
        set_field(self, "quotes", quotes)
        set_field(self, "attributions", attributions)
        set_field(self, "problems", problems)
        set_field(self, "notes", notes)
        set_field(self, "orphans", orphans)
        set_field(self, "unreported", unreported)
        set_field(self, "engine", {} if engine is FRESH else engine)

    @cached_property
    def document(self) -> Mapping[str, Document]:
        return {d.id: d for d in self.documents}

    @cached_property
    def has_official(self) -> bool:
        """Whether an official text is among the documents: without one, nothing says what a readout left out."""
        return any(d.is_official for d in self.documents)

    @cached_property
    def claim(self) -> Mapping[str, Claim]:
        return {c.id: c for c in self.claims}

    @cached_property
    def claims_of(self) -> Mapping[str, tuple[Claim, ...]]:
        out: dict[str, list[Claim]] = {d.id: [] for d in self.documents}
        for c in self.claims:
            out.setdefault(c.doc, []).append(c)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def links_of(self) -> Mapping[str, tuple[Link, ...]]:
        out: dict[str, list[Link]] = {}
        for link in self.links:
            out.setdefault(link.a, []).append(link)
            out.setdefault(link.b, []).append(link)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def omission_of(self) -> Mapping[str, Omission]:
        return {o.claim: o for o in self.omissions}

    @cached_property
    def unreported_of(self) -> Mapping[str, Unreported]:
        return {u.claim: u for u in self.unreported}

    @cached_property
    def events(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(d.event for d in self.documents))

    # Per-document, per-event and per-claim indexes, built once: views and the export ask claim by claim.
    @cached_property
    def _by_event(self) -> Mapping[str, tuple[Document, ...]]:
        return _grouped(self.documents, lambda d: (d.event,))

    @cached_property
    def _quotes_by_doc(self) -> Mapping[str, tuple[Quote, ...]]:
        return _grouped(self.quotes, lambda q: (q.doc,))

    @cached_property
    def _attributions_by_doc(self) -> Mapping[str, tuple[Attribution, ...]]:
        return _grouped(self.attributions, lambda a: (a.doc,))

    @cached_property
    def _notes_by_claim(self) -> Mapping[str, tuple[Note, ...]]:
        return _grouped(self.notes, lambda n: (n.claim,) if n.other in (None, n.claim) else (n.claim, n.other))

    def documents_of(self, event: str) -> tuple[Document, ...]:
        return self._by_event.get(event, ())

    def quotes_in(self, doc_id: str) -> tuple[Quote, ...]:
        return self._quotes_by_doc.get(doc_id, ())

    def attributions_in(self, doc_id: str) -> tuple[Attribution, ...]:
        return self._attributions_by_doc.get(doc_id, ())

    def notes_of(self, claim_id: str) -> tuple[Note, ...]:
        """The notes on a claim and on the links it is an end of, in the order they were made."""
        return self._notes_by_claim.get(claim_id, ())


R = TypeVar("R")


def _grouped(records: tuple[R, ...], keys_of: Callable[[R], tuple[str, ...]]) -> Mapping[str, tuple[R, ...]]:
    """The records under each of their keys, in their original order."""
    out: dict[str, list[R]] = {}
    for r in records:
        for k in keys_of(r):
            out.setdefault(k, []).append(r)
    return {k: tuple(v) for k, v in out.items()}
