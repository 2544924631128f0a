"""The texts of a folder as the model holds them: documents, spans of their text and the claims cut from them."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from readout_viewer.core.model.record import FRESH, Record, set_field
from readout_viewer.core.model.vocabulary import OFFICIAL, OUTLET, STATEMENT


@dataclass(init=False, repr=False, eq=False)
class Document(Record):
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

    def __init__(
        self, id: str, path: str, title: str, text: str, role: str = OUTLET, event: str = "",
        source: str | None = None, author: str | None = None, side: str | None = None, kind: str | None = None,
        date: str | None = None, url: str | None = None, excerpt: bool = False, extra: Mapping[str, object] = FRESH,
        inferred: Mapping[str, str] = FRESH, language: str = "en",
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "path", path)
        set_field(self, "title", title)
        set_field(self, "text", text)
        set_field(self, "role", role)
        set_field(self, "event", event)
        set_field(self, "source", source)
        set_field(self, "author", author)
        set_field(self, "side", side)
        set_field(self, "kind", kind)
        set_field(self, "date", date)
        set_field(self, "url", url)
        set_field(self, "excerpt", excerpt)
        set_field(self, "extra", {} if extra is FRESH else extra)
        set_field(self, "inferred", {} if inferred is FRESH else inferred)
        set_field(self, "language", language)

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


@dataclass(init=False, repr=False, eq=False)
class Span(Record):
    """A stretch of one document's text."""

    doc: str
    start: int
    end: int

    def __init__(self, doc: str, start: int, end: int) -> None:
        set_field(self, "doc", doc)
        set_field(self, "start", start)
        set_field(self, "end", end)


@dataclass(init=False, repr=False, eq=False)
class Claim(Record):
    """A sentence or clause that states one thing; `text` is the document text between the offsets."""

    id: str  # "<doc id>#<n>", n counting from 1 in text order
    doc: str
    start: int
    end: int
    text: str
    kind: str = STATEMENT  # one of CLAIM_KINDS

    def __init__(self, id: str, doc: str, start: int, end: int, text: str, kind: str = STATEMENT) -> None:
        set_field(self, "id", id)
        set_field(self, "doc", doc)
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "text", text)
        set_field(self, "kind", kind)

    @property
    def is_statement(self) -> bool:
        return self.kind == STATEMENT


def statements_of(claims_of: Mapping[str, Sequence[Claim]]) -> dict[str, list[Claim]]:
    """Each document's statements: the claims that are linked, found omitted and counted (not questions,
    procedure, captions or page furniture)."""
    return {doc: [c for c in claims if c.is_statement] for doc, claims in claims_of.items()}
