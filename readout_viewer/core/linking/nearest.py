"""The closest passage to each omission in each document that leaves it out, and to each report that no official text
carries in each official text: the evidence a person checks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from readout_viewer.core.language.countries import leaders_in
from readout_viewer.core.language.lexicon import STOPWORDS
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import fold
from readout_viewer.core.linking.claim_parts import reported
from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.similarity import SETTING, score
from readout_viewer.core.linking.terms import Terms, spelled, words_for
from readout_viewer.core.linking.terms import terms as text_terms
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Analysis, Claim, Document, Link, Near, Omission, Unreported

# A passage is shown as the closest one from this score up (the links' own floors start at 0.12): below it, what
# the two share is one common word in long sentences, which tells a reader nothing. Measured on the three
# held-out events whose misses may be read: the passages that do tell a "left out" statement in other words
# ("including visiting each other's Nations" for "invited the President of the United States to visit Moscow")
# scored 0.08-0.34 and the closest passages of true omissions 0.05-0.25, so the score sorts nothing out and the
# passage is shown for a person to judge, never turned into a link.
NEAR_FLOOR = 0.05
# An event with more documents than this is a bulk folder (hundreds of articles): its omissions get the closest
# passage of the official texts that leave them out only. Nobody reads a statement's closest wording in each of
# 500 articles, and finding it cost 1.4 s and 70 MB there (benchmarks/scale.py, 500 articles); the events people
# read closely hold 8 to 20 texts.
NEAR_EVERY_DOCUMENT_UP_TO = 40


def closest(omissions: Sequence[Omission], context: Context, documents: Sequence[Document],
            officials: Officials | None = None) -> list[Omission]:
    """Each omission with, for each document that leaves it out, that document's statement closest to it, when
    one shares a word of its content (not only the leaders' names, the countries or the setting of the call); in
    an event of more than NEAR_EVERY_DOCUMENT_UP_TO documents, for its official texts only (`officials`: the official
    texts' words aside and indexes, when already made)."""
    terms, w = context.terms, context.w
    size = Counter(d.event for d in documents if d.compared)
    bulk = {d.id for d in documents if size[d.event] > NEAR_EVERY_DOCUMENT_UP_TO and not d.is_official}
    officials = officials or Officials(context, documents)
    aside = officials.aside
    indexes: dict[str, dict[str, list[Claim]]] = dict(officials.indexes)
    words: dict[str, tuple[tuple[str, str], ...]] = {}  # a passage's words, spelled once however often it is closest
    out = []
    for omission in omissions:
        mine = terms.get(omission.claim)
        if mine is None:  # not a compared statement: nothing to measure it by
            out.append(omission)
            continue
        found = []
        content = mine.concepts - aside  # what a passage must share
        for doc in omission.missing_from:
            if doc in bulk:
                continue
            index = indexes.get(doc)
            if index is None:
                index = indexes[doc] = _index(context.claims_of.get(doc, ()), terms, aside)
            best = _nearest(mine, content, index, terms, w)
            if best is not None:
                s, claim = best
                shared = content & terms[claim.id].concepts
                spelt = words.get(claim.id) or words.setdefault(claim.id, spelled(claim.text))
                found.append(Near(doc, claim.id, round(s, 3), words_for(spelt, shared)))
        out.append(Omission(omission.claim, omission.missing_from, tuple(found)))
    return out


class Officials:
    """The official statements' terms and index, kept from the linking's context for the reports that no official text
    carries (found after the context is let go: a folder of 2,000 articles holds 55,000 claims' terms, the official
    texts a few hundred)."""

    def __init__(self, context: Context, documents: Sequence[Document]) -> None:
        official = [d for d in documents if d.compared and d.is_official]
        self.w = context.w.slim()
        self.aside = _who(official, context.w) | context.w.common | SETTING
        self.of_event: dict[str, list[str]] = {}
        for d in official:
            self.of_event.setdefault(d.event, []).append(d.id)
        self.terms = {c.id: context.terms[c.id] for d in official for c in context.claims_of.get(d.id, ())}
        self.indexes = {d.id: _index(context.claims_of.get(d.id, ()), context.terms, self.aside) for d in official}
        self.text = {c.id: c.text for d in official for c in context.claims_of.get(d.id, ())}

    def closest(self, reports: Sequence[Unreported], claims: Mapping[str, Claim], events: Mapping[str, str]
                ) -> list[Unreported]:
        """Each report with each official text of its event's statement closest to it, the closest first (`events`:
        each document's event)."""
        out = []
        for report in reports:
            claim = claims.get(report.claim)
            if claim is None:
                out.append(report)
                continue
            mine = text_terms(reported(claim.text), self.w.acronyms)
            content = mine.concepts - self.aside
            found = []
            for doc in self.of_event.get(events.get(claim.doc, ""), ()):
                best = _nearest(mine, content, self.indexes[doc], self.terms, self.w)
                if best is not None:
                    s, passage = best
                    shared = content & self.terms[passage.id].concepts
                    found.append(Near(doc, passage.id, round(s, 3), words_for(spelled(self.text[passage.id]), shared)))
            found.sort(key=lambda n: -n.score)  # stable: the official texts' order on a tie
            out.append(replace(report, nearest=tuple(found)))
        return out


def _who(documents: Sequence[Document], w: Weights) -> frozenset[str]:
    """Who the event is about (`Weights.who`) with every word of the leaders' names as the official texts give
    them with their titles ("Joseph" of "President of the United States of America Joseph Biden", "Jinping" of
    "Xi Jinping"), which fewer claims write: a passage that shares those shares no content."""
    words = {word for doc in documents for name in leaders_in(doc.title + "\n" + doc.text) for word in name.split()}
    return w.who | frozenset(concept(fold(word)) for word in words)


def _index(claims: Sequence[Claim], terms: Mapping[str, Terms], aside: frozenset[str]) -> dict[str, list[Claim]]:
    """A document's statements by each concept of their content (not the words `aside`), in the document's order."""
    index: dict[str, list[Claim]] = {}
    for claim in claims:
        for c in terms[claim.id].concepts - aside:
            index.setdefault(c, []).append(claim)
    return index


def _nearest(mine: Terms, content: frozenset[str], index: Mapping[str, Sequence[Claim]], terms: Mapping[str, Terms],
             w: Weights) -> tuple[float, Claim] | None:
    """The statement of one document (`index`) closest to `mine` by the links' own score, the first in the
    document on a tie; None when none shares its `content` (its concepts but the words aside) or the best scores
    under NEAR_FLOOR."""
    seen = {claim.id: claim for c in content for claim in index.get(c, ())}  # each claim once, whatever it shares
    best: tuple[float, Claim] | None = None
    for claim in seen.values():
        s = score(mine, terms[claim.id], w, names_only=1.0)
        if best is None or s > best[0] or (s == best[0] and claim.start < best[1].start):
            best = (s, claim)
    return best if best is not None and best[0] >= NEAR_FLOOR else None


def under_floor(omissions: Sequence[Omission], hidden: Sequence[Link], analysis: Analysis) -> list[Omission]:
    """Each omission with, for a document that leaves it out only because a link under a score floor was hidden
    (confidence.at_least), that link's counterpart as its closest passage: the engine did link them, unsurely."""
    by_claim: dict[str, list[tuple[float, str]]] = {}
    for link in hidden:
        for mine, other in ((link.a, link.b), (link.b, link.a)):
            by_claim.setdefault(mine, []).append((link.score, other))
    out = []
    for omission in omissions:
        found = {n.doc: n for n in omission.nearest}
        claim = analysis.claim.get(omission.claim)
        content = {c for c, word in spelled(claim.text) if word.lower() not in STOPWORDS} if claim else set()
        for score_, other in sorted(by_claim.get(omission.claim, ()), reverse=True):
            passage = analysis.claim.get(other)
            if claim is not None and passage is not None and passage.doc in omission.missing_from \
                    and passage.doc not in found:
                found[passage.doc] = Near(passage.doc, other, score_, words_for(spelled(passage.text), content))
        near = tuple(found[d] for d in omission.missing_from if d in found)
        out.append(omission if near == omission.nearest else Omission(omission.claim, omission.missing_from, near))
    return out
