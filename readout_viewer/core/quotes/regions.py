"""A quotation as the check reads it (its words), who it may quote (the outlets' names), and its word diff."""

from __future__ import annotations

import re
from collections.abc import Sequence
from copy import copy

from readout_viewer.core.language.worddiff import DELETE, INSERT, diff_words
from readout_viewer.core.model import Document
from readout_viewer.core.quotes.marks import Quotation
from readout_viewer.core.quotes.words import Word, quote_words


class Region:
    """One quotation of a document with its quoted words."""

    def __init__(self, doc: Document, quotation: Quotation, solid: frozenset[str]) -> None:
        self.doc = doc
        self.start, self.end, self.closed = quotation.start, quotation.end, quotation.closed
        self.words: list[Word] = quote_words(doc.text, quotation.start, quotation.end, solid)

    def cut(self, n: int) -> Region:
        """The same quotation ending after its first n words."""
        out = copy(self)
        out.words = self.words[:n]
        out.end = self.words[n - 1].end
        return out

    def holds(self, doc_id: str, start: int, end: int) -> bool:
        return doc_id == self.doc.id and self.start <= start and end <= self.end


# Characters around a quotation searched for the name of the outlet or author it quotes.
SPEAKER_WINDOW = 250
# A name shorter than this ("AP") could be any word; it does not make an outlet a quotation's source.
MIN_NAME_CHARS = 4


def names_by_word(documents: Sequence[Document]) -> dict[str, list[tuple[re.Pattern, list[str]]]]:
    """The names an outlet's text is known by (its author's surname, its source) as patterns, by the first word of
    the name ("" when the name does not start with a word character), each with the outlets it names."""
    docs_of: dict[str, list[str]] = {}
    for doc in documents:
        if doc.is_official:
            continue
        names = [doc.author.split()[-1]] if doc.author and doc.author.split() else []
        names += [doc.source] if doc.source else []
        for name in dict.fromkeys(n for n in names if len(n) >= MIN_NAME_CHARS):
            docs_of.setdefault(name, []).append(doc.id)
    out: dict[str, list[tuple[re.Pattern, list[str]]]] = {}
    for name, doc_ids in docs_of.items():
        first = re.match(r"\w+", name)
        out.setdefault(first.group() if first else "", []).append((re.compile(rf"\b{re.escape(name)}\b"), doc_ids))
    return out


def word_diff(source: Sequence[Word], source_text: str, quote: Sequence[Word], quote_text: str
              ) -> tuple[tuple[int, str], ...]:
    """Word-level diff-match-patch ops from source words to quote words.

    -1 is source words the quote lacks, 1 quote words the source lacks, 0 words both have (compared by key:
    spelling variants meet). Each op shows its words as written, with the
    punctuation between them (equal runs as the source writes them).
    """
    out: list[tuple[int, str]] = []
    at_a = at_b = 0
    for op, n in diff_words([w.key for w in source], [w.key for w in quote]):
        words, text, at = (quote, quote_text, at_b) if op == INSERT else (source, source_text, at_a)
        out.append((op, " ".join(text[words[at].start:words[at + n - 1].end].split())))
        at_a += n if op != INSERT else 0
        at_b += n if op != DELETE else 0
    return tuple(out)
