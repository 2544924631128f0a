"""What the engine finds between the texts: links, omissions and their nearest passages, quotes, attributions,
unreported reports."""

from dataclasses import dataclass

from readout_viewer.core.model.record import Record, set_field
from readout_viewer.core.model.texts import Span
from readout_viewer.core.model.vocabulary import AUTO, MANUAL


@dataclass(init=False, repr=False, eq=False)
class Link(Record):
    """Two claims that report the same thing; `a` is the reporting claim (outlet, or the earlier official)."""

    a: str
    b: str
    relation: str  # agree | diverge
    score: float  # 0..1, how sure the engine is that a and b report the same thing
    reason: str | None = None  # one of REASONS for diverge, else None
    origin: str = AUTO  # auto | manual
    detail: str | None = None  # a sentence for a person: why diverge, or which words differ
    confirmed: bool = False  # an analyst confirmed an automatic link

    def __init__(
        self, a: str, b: str, relation: str, score: float, reason: str | None = None, origin: str = AUTO,
        detail: str | None = None, confirmed: bool = False,
    ) -> None:
        set_field(self, "a", a)
        set_field(self, "b", b)
        set_field(self, "relation", relation)
        set_field(self, "score", score)
        set_field(self, "reason", reason)
        set_field(self, "origin", origin)
        set_field(self, "detail", detail)
        set_field(self, "confirmed", confirmed)

    def other(self, claim_id: str) -> str:
        return self.b if claim_id == self.a else self.a

    @property
    def by_analyst(self) -> bool:
        """Whether an analyst made or confirmed the link: a score floor never hides it, a confirm adds nothing."""
        return self.origin == MANUAL or self.confirmed


@dataclass(init=False, repr=False, eq=False)
class Near(Record):
    """The passage of a document that comes closest to a statement the document leaves out: what a person reads
    to tell a true omission from the same thing told in other words."""

    doc: str
    claim: str  # the passage: a statement of `doc`
    score: float  # the engine's similarity of the two, under what a link takes
    words: tuple[str, ...]  # the content words they share, as the passage writes them

    def __init__(self, doc: str, claim: str, score: float, words: tuple[str, ...]) -> None:
        set_field(self, "doc", doc)
        set_field(self, "claim", claim)
        set_field(self, "score", score)
        set_field(self, "words", words)


@dataclass(init=False, repr=False, eq=False)
class Omission(Record):
    """An official claim and the documents of its event that do not carry it, with the closest passage of each
    of them that shares some of its content (`nearest`, in the order of `missing_from`; none for some)."""

    claim: str
    missing_from: tuple[str, ...]
    nearest: tuple[Near, ...] = ()

    def __init__(self, claim: str, missing_from: tuple[str, ...], nearest: tuple[Near, ...] = ()) -> None:
        set_field(self, "claim", claim)
        set_field(self, "missing_from", missing_from)
        set_field(self, "nearest", nearest)

    def near(self, doc_id: str) -> Near | None:
        """The closest passage of one document that leaves the claim out, if any shares its content."""
        return next((n for n in self.nearest if n.doc == doc_id), None)


@dataclass(init=False, repr=False, eq=False)
class Quote(Record):
    """A quotation in a document and what became of it in the folder."""

    doc: str
    start: int
    end: int
    verdict: str  # exact | altered | not_found
    source: Span | None = None
    diff: tuple[tuple[int, str], ...] | None = None  # diff-match-patch ops, word level, for altered
    detail: str | None = None  # what the verdict alone would misstate, for a person (a source that is a translation)

    def __init__(
        self, doc: str, start: int, end: int, verdict: str, source: Span | None = None,
        diff: tuple[tuple[int, str], ...] | None = None, detail: str | None = None,
    ) -> None:
        set_field(self, "doc", doc)
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "verdict", verdict)
        set_field(self, "source", source)
        set_field(self, "diff", diff)
        set_field(self, "detail", detail)


@dataclass(init=False, repr=False, eq=False)
class Attribution(Record):
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

    def __init__(
        self, doc: str, start: int, end: int, cited: str | None, cited_as: str, verdict: str,
        found_in: str | None = None, score: float | None = None, detail: str | None = None,
    ) -> None:
        set_field(self, "doc", doc)
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "cited", cited)
        set_field(self, "cited_as", cited_as)
        set_field(self, "verdict", verdict)
        set_field(self, "found_in", found_in)
        set_field(self, "score", score)
        set_field(self, "detail", detail)


@dataclass(init=False, repr=False, eq=False)
class Unreported(Record):
    """An outlet's report of what was said on the call that no official text of the folder carries, with each
    official text's statement closest to it (`nearest`, the closest first): what a person reads to tell a report
    no readout has from one a readout tells in other words."""

    claim: str
    detail: str  # why it reads as a report of the call, and what was looked for
    score: float = 0.0  # how sure, 0..1
    nearest: tuple[Near, ...] = ()

    def __init__(self, claim: str, detail: str, score: float = 0.0, nearest: tuple[Near, ...] = ()) -> None:
        set_field(self, "claim", claim)
        set_field(self, "detail", detail)
        set_field(self, "score", score)
        set_field(self, "nearest", nearest)
