"""Which documents of the folder carry what an attributed sentence states: its claims indexed by word and by link."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Mapping, Sequence
from itertools import accumulate

from readout_viewer.core.attributions.statements import Statement, content, senses
from readout_viewer.core.model import Claim, Document, Link


def _mostly_in(claim: Claim, start: int, end: int) -> bool:
    """Whether at least half of a claim lies in [start, end): its links speak for that part of a sentence (the
    claim of a whole sentence does not speak for the relative clause cut from its end)."""
    return 2 * (min(claim.end, end) - max(claim.start, start)) >= claim.end - claim.start


# What ends a sentence between two claims: the claims on either side of one are not pieces of one sentence.
_SENTENCE_END = re.compile(r"[.!?\n]")


def _joined(claims: Sequence[Claim], words: Sequence[frozenset[str]], text: str) -> list[frozenset[str]]:
    """The words of each run of claims cut from one sentence (no sentence end between them; "... spoke today with
    Prime Minister Narendra Modi of India", "to discuss the Prime Minister's recent trip to Poland and Ukraine", "the
    United Nations General Assembly meetings in September."), one set for each run of two or more."""
    order = sorted(range(len(claims)), key=lambda n: claims[n].start)
    out, run = [], order[:1]
    for n in order[1:]:
        last = claims[run[-1]]
        if claims[n].start >= last.end and not _SENTENCE_END.search(text, max(last.start, last.end - 1),
                                                                     claims[n].start):
            run.append(n)
            continue
        if len(run) > 1:
            out.append(frozenset().union(*(words[k] for k in run)))
        run = [n]
    if len(run) > 1:
        out.append(frozenset().union(*(words[k] for k in run)))
    return out


class ClaimIndex:
    """The claims of a folder as content words, and which documents each claim is linked to; built once.

    Claims are also indexed by word, so that the documents that may hold a statement are found from its rarer
    words instead of by reading every document for every statement (a folder of thousands of articles).
    """

    def __init__(self, documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
                 links: Sequence[Link]) -> None:
        self.claims_of = claims_of
        self.words_of = {doc_id: [content(c.text) for c in claims] for doc_id, claims in claims_of.items()}
        self.doc_words = {doc_id: frozenset().union(*words) for doc_id, words in self.words_of.items()}
        texts = {d.id: d.text for d in documents}
        # the claims the linking cut from one sentence, read whole again (`held`'s `whole`)
        self.sentences_of = {doc_id: _joined(claims, words, texts[doc_id]) for (doc_id, claims), words in
                             zip(claims_of.items(), self.words_of.values(), strict=True) if doc_id in texts}
        self.doc_of = {c.id: c.doc for claims in claims_of.values() for c in claims}
        # claim id -> {document: {claim of that document linked to it: link score}}
        self.neighbours: dict[str, dict[str, dict[str, float]]] = {}
        for link in links:
            if link.a in self.doc_of and link.b in self.doc_of:
                self.neighbours.setdefault(link.a, {}).setdefault(self.doc_of[link.b], {})[link.b] = link.score
                self.neighbours.setdefault(link.b, {}).setdefault(self.doc_of[link.a], {})[link.a] = link.score
        self.order = {d.id: (not d.is_official, d.event) for d in documents}
        self.documents = list(documents)
        self.position = {d.id: n for n, d in enumerate(documents)}
        self.senses_of: dict[str, list[frozenset[str]]] = {}  # a document's claims read by sense, when first asked
        # content word -> {the words of a claim holding it: the documents with such a claim}; claims alike word for
        # word (wire copy, a quoted readout) are one entry, read once per statement
        self.with_word: dict[str, dict[frozenset[str], list[str]]] = {}
        for doc_id, words_list in self.words_of.items():
            for words in words_list:
                for w in words:
                    self.with_word.setdefault(w, {}).setdefault(words, []).append(doc_id)
        # Each document's claims by start, with the furthest end among the first k: the claims a span overlaps
        # are found without reading all of a long text's.
        self.by_start = {doc_id: sorted(claims, key=lambda c: c.start) for doc_id, claims in claims_of.items()}
        self.starts = {doc_id: [c.start for c in claims] for doc_id, claims in self.by_start.items()}
        self.reach = {doc_id: list(accumulate((c.end for c in claims), max))
                      for doc_id, claims in self.by_start.items()}

    def _overlapping(self, doc_id: str, start: int, end: int) -> list[Claim]:
        """The document's claims that overlap [start, end), in text order."""
        claims, reach = self.by_start.get(doc_id, []), self.reach.get(doc_id, [])
        out = []
        for k in range(bisect_left(self.starts.get(doc_id, []), end) - 1, -1, -1):
            if reach[k] <= start:
                break  # no earlier claim reaches the span
            if claims[k].end > start:
                out.append(claims[k])
        return out[::-1]

    def in_order(self, doc_ids: set[str]) -> list[Document]:
        """These documents of the index, in the folder's order."""
        return [self.documents[self.position[d]] for d in sorted(doc_ids & self.position.keys(),
                                                                   key=self.position.__getitem__)]

    def linked_to(self, doc: Document, statement: Statement, hops: int = 1,
                  only: Collection[str] | None = None) -> dict[str, float]:
        """Other documents with a claim linked to a claim of this sentence, directly or through `hops` links
        (two: the outlet's claim is linked to a White House claim that is linked to the Kremlin's), each with
        the weakest link score on its best path. With `only`, the answer is right for those documents alone: the
        last link is followed only into them (a readout's claim can be linked to thousands of articles')."""
        reached = {c.id: 1.0 for c in self._overlapping(doc.id, statement.start, statement.end)
                   if _mostly_in(c, statement.start, statement.end)}
        for hop in range(hops):
            last = hop == hops - 1 and only is not None
            for claim, sure in list(reached.items()):
                by_doc = self.neighbours.get(claim, {})
                for linked in ([by_doc[d] for d in only if d in by_doc] if last and only is not None
                               else by_doc.values()):
                    for other, score in linked.items():
                        reached[other] = max(reached.get(other, 0.0), min(sure, score))
        out: dict[str, float] = {}
        for claim, sure in reached.items():
            if self.doc_of[claim] != doc.id:
                out[self.doc_of[claim]] = max(out.get(self.doc_of[claim], 0.0), sure)
        return out

    def partners(self, doc: Document, statement: Statement, doc_id: str) -> list[Claim]:
        """The claims of `doc_id` linked directly to a claim of this sentence (the first hop of `linked_to`)."""
        claims = {c.id: c for c in self.claims_of.get(doc_id, ())}
        return [claims[other] for c in self._overlapping(doc.id, statement.start, statement.end)
                if _mostly_in(c, statement.start, statement.end)
                for other in self.neighbours.get(c.id, {}).get(doc_id, {}) if other in claims]

    def held(self, doc_id: str, statement: Statement, at_least: float, whole: bool = False) -> float:
        """The largest share of one statement clause that one claim of the document holds (0 when below
        `at_least` for the document as a whole: then no single claim can reach it); with `whole`, the claims cut
        from one sentence count as that sentence too."""
        parts = [p for p in statement.parts if p and len(p & self.doc_words.get(doc_id, frozenset())) / len(p)
                 >= at_least]
        said = self.words_of.get(doc_id, []) + (self.sentences_of.get(doc_id, []) if whole else [])
        return max((len(part & words) / len(part) for part in parts for words in said), default=0.0)

    def held_by_sense(self, doc_id: str, statement: Statement) -> float:
        """`held` with every word read by sense: the largest share of one clause's senses one claim holds."""
        if doc_id not in self.senses_of:
            self.senses_of[doc_id] = [senses(words) for words in self.words_of.get(doc_id, ())]
        parts = [senses(p) for p in statement.parts if p]
        return max((len(part & said) / len(part) for part in parts for said in self.senses_of[doc_id]), default=0.0)

    def spread(self, doc_id: str, statement: Statement) -> float:
        """The share of the statement's content words that the document's claims hold between them."""
        words = statement.words
        return len(words & self.doc_words.get(doc_id, frozenset())) / len(words) if words else 0.0

    def holding(self, statement: Statement, at_least: float) -> dict[str, float] | None:
        """`held` for every document where it reaches `at_least` (None: `at_least` is no bound, ask each one).

        A claim holding at least m of a clause's n words holds one of its n - m + 1 rarest words, so only the
        claims holding one of those are read: a statement is checked against the few claims that may carry it,
        not against every claim of the folder.
        """
        out: dict[str, float] = {}
        for part in statement.parts:
            if not part:
                continue
            need = next(k for k in range(len(part) + 1) if k / len(part) >= at_least or k == len(part))
            if need == 0:
                return None
            rarest = sorted(part, key=lambda w: (len(self.with_word.get(w, ())), w))[:len(part) - need + 1]
            for word in rarest:
                for words, doc_ids in self.with_word.get(word, {}).items():
                    share = len(part & words) / len(part)
                    if share >= at_least:
                        for doc_id in doc_ids:
                            if share > out.get(doc_id, 0.0):
                                out[doc_id] = share
        return out


def carriers(documents: Sequence[Document], doc: Document, statement: Statement, index: ClaimIndex,
             at_least: float) -> list[tuple[str, float]]:
    """Other documents holding at least `at_least` of the statement in one claim (a link counts as its score),
    best first; among equals, official documents and the same event first."""
    if not statement.words:
        return []
    linked = index.linked_to(doc, statement)
    holding = index.holding(statement, at_least)
    if holding is None:
        holding = {d.id: index.held(d.id, statement, at_least) for d in documents}
    scores = {}
    for other in index.in_order(holding.keys() | linked.keys()):
        if other.id != doc.id:
            score = max(linked.get(other.id, 0.0), holding.get(other.id, 0.0))
            if score >= at_least:
                scores[other.id] = score
    return sorted(scores.items(), key=lambda kv: (-kv[1], index.order[kv[0]][0], index.order[kv[0]][1] != doc.event))
