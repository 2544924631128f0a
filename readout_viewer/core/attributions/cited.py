"""Who a sentence names as its source, and which documents of the folder that source is, from their metadata only."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from readout_viewer.core.language.text import fold
from readout_viewer.core.model import Document

# Names for the sides that the `side` field stands for (capitals and "the ... side"); other codes name none.
SIDE_NAMES = {
    "US": ("washington", "the us side", "the u.s. side", "the american side"),
    "RU": ("moscow", "the kremlin", "the russian side"),
    "UA": ("kyiv", "kiev", "the ukrainian side"),
    "CN": ("beijing", "the chinese side"),
    "JP": ("tokyo", "the japanese side"),
    "GB": ("london", "downing street", "the british side"),
    "UK": ("london", "downing street", "the british side"),
    "FR": ("paris", "the elysee", "the french side"),
    "DE": ("berlin", "the german side"),
    "IN": ("new delhi", "the indian side"),
    "TR": ("ankara", "the turkish side"),
    "IR": ("tehran", "the iranian side"),
    "KR": ("seoul", "the south korean side"),
    "KP": ("pyongyang", "the north korean side"),
}
# Country names are mostly the topic of a sentence ("what Russia says are its concerns"), so they only count
# as a source in "according to Russia".
WEAK_SIDE_NAMES = {"US": ("the united states", "the us", "the u.s.", "america"), "RU": ("russia",),
                   "UA": ("ukraine",), "CN": ("china",), "JP": ("japan",), "GB": ("britain", "the uk"),
                   "UK": ("britain", "the uk"), "FR": ("france",), "DE": ("germany",), "IN": ("india",),
                   "TR": ("turkey",), "IR": ("iran",), "KR": ("south korea",), "KP": ("north korea",)}
# Words in a citation that say which kind of document is meant ("the Kremlin's readout").
KIND_WORDS = {
    "readout": ("readout", "readouts", "summary", "account"),
    "statement": ("statement", "message", "communique", "release", "press release"),
    "briefing": ("briefing", "press call", "press conference", "background call", "call with reporters"),
}
# A role word before a name in a title marks who is speaking in that document ("Press Secretary Jen Psaki").
_TITLE_SPEAKER = re.compile(r"(?:Secretary|Advis[eo]r|Spokes(?:person|man|woman)|(?<!Prime )Minister|Aide|"
                            r"Ambassador)\s+"
                            r"((?:[A-Z][\w\-]+\s+)?[A-Z][\w\-]+)")
# Source values that name nobody.
_ANONYMOUS = ("unknown", "unknown outlet", "n/a", "none", "anonymous")


class Source(NamedTuple):
    """A name for a source (folded, without a leading "the") and the documents it stands for."""

    name: str
    docs: tuple[str, ...]
    person: bool = False
    weak: bool = False  # only a source after "according to"


def _bare(name: str) -> str:
    name = fold(name).strip()
    return name[4:] if name.startswith("the ") else name


def _people(doc: Document) -> list[str]:
    """People whose words a document carries, by its metadata: its author, and speakers named in its title."""
    names = [doc.author] if doc.author else []
    names += [m.group(1) for m in _TITLE_SPEAKER.finditer(doc.title or "")]
    out = []
    for name in names:
        parts = name.split()
        out.append(name)
        if len(parts) > 1:
            out.append(parts[-1])  # "Sullivan" for "Jake Sullivan"
    return out


def source_table(documents: Sequence[Document]) -> list[Source]:
    """Every source name the folder's metadata supports, longest names first so they win over their parts."""
    table: dict[tuple[str, bool, bool], list[str]] = {}
    for doc in documents:
        if doc.source and _bare(doc.source) not in _ANONYMOUS:
            table.setdefault((_bare(doc.source), False, False), []).append(doc.id)
        for person in _people(doc):
            table.setdefault((_bare(person), True, False), []).append(doc.id)
        if doc.is_official:
            for name in SIDE_NAMES.get(doc.side or "", ()):
                table.setdefault((_bare(name), False, False), []).append(doc.id)
            for name in WEAK_SIDE_NAMES.get(doc.side or "", ()):
                table.setdefault((_bare(name), False, True), []).append(doc.id)
    sources = [Source(name, tuple(dict.fromkeys(ids)), person, weak)
               for (name, person, weak), ids in table.items() if name]
    return sorted(sources, key=lambda s: -len(s.name))


def kind_of(cited_as: str) -> str | None:
    """The document kind a citation asks for, if its words say ("readout", "statement", "briefing")."""
    words = fold(cited_as)
    for kind, names in KIND_WORDS.items():
        if any(re.search(rf"\b{re.escape(n)}\b", words) for n in names):
            return kind
    return None


def pick(documents: Sequence[Document], ids: Sequence[str], citing: Document, cited_as: str) -> list[Document]:
    """The documents a citation can mean, best first: the same event, the asked-for kind, official, readouts.

    The citing document itself is never one of them.
    """
    kind = kind_of(cited_as)
    by_id = {d.id: d for d in documents}
    docs = [by_id[i] for i in ids if i in by_id and i != citing.id]
    if kind:
        docs = [d for d in docs if d.kind == kind or (kind == "statement" and d.kind == "readout")] or docs
    return sorted(docs, key=lambda d: (d.event != citing.event, not d.is_official,
                                       d.kind not in ("readout", "statement"), d.id))
