"""The analysis model: small immutable records that every view, exporter and the JSON contract read."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

SCHEMA = "readout-viewer.analysis/1"

OFFICIAL = "official"
OUTLET = "outlet"
ROLES = (OFFICIAL, OUTLET)

AGREE = "agree"
DIVERGE = "diverge"
RELATIONS = (AGREE, DIVERGE)

# Why a link diverges: a negation, a changed or added figure, a hedge, a stronger or weaker word, a proposal told
# as an agreement, a loaded word for a neutral one (framing), a narrower or wider scope; "wording" is the
# catch-all an analyst picks for a difference with no sharper cue.
REASONS = ("negation", "number", "hedge", "intensity", "actor", "framing", "scope", "wording")

AUTO = "auto"
MANUAL = "manual"

EXACT = "exact"
ALTERED = "altered"
NOT_FOUND = "not_found"
QUOTE_VERDICTS = (EXACT, ALTERED, NOT_FOUND)

SUPPORTED = "supported"
MISATTRIBUTED = "misattributed"
UNSUPPORTED = "unsupported"
ATTRIBUTION_VERDICTS = (SUPPORTED, MISATTRIBUTED, UNSUPPORTED)

# What a claim is: a statement (what the event produced), or text that states nothing about it: a moderator's
# or speaker's procedure ("I'll take one more question"), a reporter's question, a photo caption, and page
# furniture (share lines, repeated headlines, disclaimers). Only statements are linked, omitted or counted.
STATEMENT = "statement"
PROCEDURAL = "procedural"
QUESTION = "question"
CAPTION = "caption"
BOILERPLATE = "boilerplate"
CLAIM_KINDS = (STATEMENT, PROCEDURAL, QUESTION, CAPTION, BOILERPLATE)


@dataclass(frozen=True)
class Document:
    """One text of the folder; `text` is the plain text that every offset refers to."""

    id: str  # path relative to the root, without extension, '/'-separated
    path: str  # path relative to the root, '/'-separated
    title: str
    text: str
    role: str = OUTLET
    event: str = ""
    source: str | None = None
    author: str | None = None
    side: str | None = None
    kind: str | None = None
    date: str | None = None
    url: str | None = None
    excerpt: bool = False
    extra: Mapping[str, object] = field(default_factory=dict)  # unknown front-matter keys, kept
    inferred: Mapping[str, str] = field(default_factory=dict)  # metadata key -> why it was inferred from the text
    language: str = "en"  # ISO 639-1 code of the language it is written in; the engine compares English texts

    @property
    def compared(self) -> bool:
        """Whether the engine compares this document's claims (it reads English only)."""
        return self.language == "en"

    @property
    def is_official(self) -> bool:
        return self.role == OFFICIAL

    @property
    def party(self) -> str:
        """Whose text it is: its side, else its source, else itself (documents of one party do not check each
        other for omissions)."""
        return self.side or self.source or self.id

    @property
    def label(self) -> str:
        """A short name for a person: source and title."""
        return f"{self.source}: {self.title}" if self.source else self.title


@dataclass(frozen=True)
class Span:
    """A stretch of one document's text."""

    doc: str
    start: int
    end: int


@dataclass(frozen=True)
class Claim:
    """A sentence or clause that states one thing; `text` is the document text between the offsets."""

    id: str  # "<doc id>#<n>", n counting from 1 in text order
    doc: str
    start: int
    end: int
    text: str
    kind: str = STATEMENT  # one of CLAIM_KINDS

    @property
    def is_statement(self) -> bool:
        return self.kind == STATEMENT


def statements_of(claims_of: Mapping[str, Sequence[Claim]]) -> dict[str, list[Claim]]:
    """Each document's statements: the claims that are linked, found omitted and counted (not questions,
    procedure, captions or page furniture)."""
    return {doc: [c for c in claims if c.is_statement] for doc, claims in claims_of.items()}


@dataclass(frozen=True)
class Link:
    """Two claims that report the same thing; `a` is the reporting claim (outlet, or the earlier official)."""

    a: str
    b: str
    relation: str  # agree | diverge
    score: float  # 0..1, how sure the engine is that a and b report the same thing
    reason: str | None = None  # one of REASONS for diverge, else None
    origin: str = AUTO  # auto | manual
    detail: str | None = None  # a sentence for a person: why diverge, or which words differ
    confirmed: bool = False  # an analyst confirmed an automatic link

    def other(self, claim_id: str) -> str:
        return self.b if claim_id == self.a else self.a


@dataclass(frozen=True)
class Near:
    """The passage of a document that comes closest to a statement the document leaves out: what a person reads
    to tell a true omission from the same thing told in other words."""

    doc: str
    claim: str  # the passage: a statement of `doc`
    score: float  # the engine's similarity of the two, under what a link takes
    words: tuple[str, ...]  # the content words they share, as the passage writes them


@dataclass(frozen=True)
class Omission:
    """An official claim and the documents of its event that do not carry it, with the closest passage of each
    of them that shares some of its content (`nearest`, in the order of `missing_from`; none for some)."""

    claim: str
    missing_from: tuple[str, ...]
    nearest: tuple[Near, ...] = ()

    def near(self, doc_id: str) -> Near | None:
        """The closest passage of one document that leaves the claim out, if any shares its content."""
        return next((n for n in self.nearest if n.doc == doc_id), None)


@dataclass(frozen=True)
class Quote:
    """A quotation in a document and what became of it in the folder."""

    doc: str
    start: int
    end: int
    verdict: str  # exact | altered | not_found
    source: Span | None = None
    diff: tuple[tuple[int, str], ...] | None = None  # diff-match-patch ops, word level, for altered


@dataclass(frozen=True)
class Attribution:
    """A statement pinned on a source ("the White House said ...") and whether that source carries it."""

    doc: str
    start: int
    end: int
    cited: str | None  # the document the source names, if it is in the folder
    cited_as: str  # the words that name the source
    verdict: str  # supported | misattributed | unsupported
    found_in: str | None = None  # the document that does carry the statement
    score: float | None = None  # how sure the verdict is, 0..1 (None: not scored)
    detail: str | None = None  # the evidence, in a sentence for a person


@dataclass(frozen=True)
class Unreported:
    """An outlet's report of what was said on the call that no official text of the folder carries, with each
    official text's statement closest to it (`nearest`, the closest first): what a person reads to tell a report
    no readout has from one a readout tells in other words."""

    claim: str
    detail: str  # why it reads as a report of the call, and what was looked for
    score: float = 0.0  # how sure, 0..1
    nearest: tuple[Near, ...] = ()


@dataclass(frozen=True)
class Note:
    """An analyst's note on a claim or a link."""

    claim: str
    text: str
    other: str | None = None  # the other claim when the note is on a link
    author: str | None = None
    at: str | None = None


@dataclass(frozen=True)
class Problem:
    """A file that could not be read as it is, and why, in words for a person."""

    path: str
    message: str


@dataclass(frozen=True)
class Progress:
    """How far an analysis is: `fraction` of the whole in 0..1 and what it is doing now."""

    fraction: float
    message: str


@dataclass(frozen=True)
class Analysis:
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

    @cached_property
    def document(self) -> Mapping[str, Document]:
        return {d.id: d for d in self.documents}

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
