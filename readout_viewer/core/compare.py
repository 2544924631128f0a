"""Two documents side by side, whatever else is shown: what each carries that the other does not, and what both do."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from readout_viewer.core.labels import counted
from readout_viewer.core.linking.omissions import can_be_missing, checks, companions, find_omissions
from readout_viewer.core.model import AGREE, DIVERGE, Analysis, Document, Link
from readout_viewer.core.model.vocabulary import OMISSION
from readout_viewer.core.status import strongest

if TYPE_CHECKING:
    from readout_viewer.core.findings import Finding

# Outlets named in `reach_words`; the rest are counted (a folder may hold hundreds of articles).
REACH_NAMES = 4


@dataclass(frozen=True)
class Shared:
    """A statement of one document that the other carries: the links that say so (none when carried through an
    official statement both retell) and the relation they give it."""

    claim: str
    links: tuple[Link, ...]
    relation: str  # agree | diverge


@dataclass(frozen=True)
class Comparison:
    """Document `a` against document `b`: statements in one and not the other, and statements both carry."""

    a: str
    b: str
    only_a: tuple[str, ...]  # claim ids of a's statements that b does not carry, in text order (thin ones aside)
    only_b: tuple[str, ...]
    shared_a: tuple[Shared, ...]  # a's statements that b carries
    shared_b: tuple[Shared, ...]

    def diverging(self, side: str) -> int:
        """How many of side a's (or b's) shared statements diverge from the other document."""
        shared = self.shared_a if side == "a" else self.shared_b
        return sum(1 for s in shared if s.relation == DIVERGE)


def _via_official(analysis: Analysis, claim_id: str, other_doc: str) -> bool:
    """Whether `other_doc` retells an official statement that this claim retells too (two outlets compared)."""
    for link in analysis.links_of.get(claim_id, ()):
        middle = analysis.claim[link.other(claim_id)]
        if not analysis.document[middle.doc].is_official or not middle.is_statement:
            continue
        for onward in analysis.links_of.get(middle.id, ()):
            far = analysis.claim[onward.other(middle.id)]
            if far.doc == other_doc and far.is_statement:
                return True
    return False


def carried(analysis: Analysis, claim_id: str, other_doc: str) -> Shared | None:
    """How `other_doc` carries the statement `claim_id`: by its links to it, else (when neither document is an
    official one, as outlets are linked only to official texts) through an official statement both retell."""
    claim = analysis.claim[claim_id]
    counterparts = ((lk, analysis.claim[lk.other(claim_id)]) for lk in analysis.links_of.get(claim_id, ()))
    links = tuple(lk for lk, other in counterparts if other.doc == other_doc and other.is_statement)
    relation = strongest(links)
    if relation is not None:
        return Shared(claim_id, links, relation)
    both_outlets = not analysis.document[claim.doc].is_official and not analysis.document[other_doc].is_official
    if both_outlets and _via_official(analysis, claim_id, other_doc):
        return Shared(claim_id, (), "agree")
    return None


def _left_out_of(analysis: Analysis, doc: Document, others: Sequence[Document]) -> set[str]:
    """The statements of official `doc` that `others` together leave out, by the omissions' own rule
    (`find_omissions` on these texts and the links between them, the analysis's omission record for them): those
    that every one of `others` checked for them (`checks`, at least one) leaves out, as `status.left_out` reads it."""
    ids = {d.id for d in others}
    claims = analysis.claims_of.get(doc.id, ())
    links = [lk for c in claims for lk in analysis.links_of.get(c.id, ()) if analysis.claim[lk.other(c.id)].doc in ids]
    claims_of = {d.id: analysis.claims_of.get(d.id, ()) for d in (doc, *others)}
    checked = {d.id for d in others if checks(doc, d)}
    if not checked:
        return set()
    found = find_omissions([doc, *others], claims_of, links)
    return {o.claim for o in found if analysis.claim[o.claim].doc == doc.id and checked.issubset(o.missing_from)}


def _side(analysis: Analysis, doc: str, other: str) -> tuple[tuple[str, ...], tuple[Shared, ...]]:
    only, shared = [], []
    claims = analysis.claims_of.get(doc, ())
    document, against = analysis.document[doc], analysis.document[other]
    # an official text checked against `other`: the omissions' rule; else (an outlet, or a briefing against its own
    # party's account, which the engine does not count as leaving the briefer's additions out) what `other` lacks
    ruled = document.is_official and checks(document, against)
    missing = _left_out_of(analysis, document, [against]) if ruled else None
    riding = companions(document, claims) if missing is None else {}
    for claim in claims:
        if not claim.is_statement:
            continue
        found = carried(analysis, claim.id, other)
        if found is not None:
            shared.append(found)
        elif missing is not None:
            if claim.id in missing:
                only.append(claim.id)
        elif can_be_missing(claim, document) and not any(carried(analysis, c, other) is not None
                                                         for c in riding.get(claim.id, ())):
            only.append(claim.id)  # the omissions' rules: too thin to stand alone, or carried with its sentence
    return tuple(only), tuple(shared)


def left_out_by(analysis: Analysis, doc: str, others: Sequence[str]) -> tuple[str, ...]:
    """The statements of `doc` that none of `others` carries, in text order: what a party leaves out when its
    several official texts are read together (a point its readout skips but its briefing makes is not left out).
    For an official text, the omissions' rule: the panes' left-out marks with `doc` and `others` shown."""
    if not others:
        return ()
    document = analysis.document[doc]
    if document.is_official:
        missing = _left_out_of(analysis, document, [analysis.document[d] for d in others])
        return tuple(c.id for c in analysis.claims_of.get(doc, ()) if c.id in missing)
    return tuple(c for c in _side(analysis, doc, others[0])[0]
                 if all(carried(analysis, c, other) is None for other in others[1:]))


def reported_by(analysis: Analysis, claim_id: str) -> tuple[tuple[str, str], ...]:
    """The outlets of an official statement's event that carry it, each with how (agree | diverge), in the event's
    order: where the press stands on a point one side's readout leaves out. None for a claim of an outlet (outlets
    are linked to official texts only, so "no outlet" would say nothing)."""
    claim = analysis.claim[claim_id]
    if not analysis.document[claim.doc].is_official:
        return ()
    by_doc: dict[str, list[Link]] = {}
    for link in analysis.links_of.get(claim_id, ()):
        other = analysis.claim[link.other(claim_id)]
        if other.is_statement and not analysis.document[other.doc].is_official:
            by_doc.setdefault(other.doc, []).append(link)
    event = analysis.documents_of(analysis.document[claim.doc].event)
    return tuple((d.id, strongest(by_doc[d.id]) or AGREE) for d in event if d.id in by_doc)


def reach_words(analysis: Analysis, claim_id: str, names: int = REACH_NAMES) -> str:
    """`reported_by` in words for a person: "reported by 2 of 9 outlets: Reuters, TASS (told differently)"; empty
    for a claim of an outlet or an event without outlets."""
    found = reported_by(analysis, claim_id)
    event = analysis.document[analysis.claim[claim_id].doc].event
    outlets = [d for d in analysis.documents_of(event) if not d.is_official and d.compared]
    if not outlets or not analysis.document[analysis.claim[claim_id].doc].is_official:
        return ""
    said = [(analysis.document[d].source or analysis.document[d].title)
            + (" (told differently)" if relation == DIVERGE else "") for d, relation in found[:names]]
    more = f" and {len(found) - names} more" if len(found) > names else ""
    listed = f": {', '.join(said)}{more}" if said else ""
    return f"reported by {len(found)} of {counted(len(outlets), 'outlet')}{listed}"


def most_reported_first(analysis: Analysis, claim_ids: Sequence[str]) -> tuple[str, ...]:
    """Left-out statements, those the most outlets carry first (ties in text order): a point one side is silent
    on that the press reports is the omission an editor asks about first."""
    return tuple(sorted(claim_ids, key=lambda c: -len(reported_by(analysis, c))))


def press_first(analysis: Analysis, found: Sequence[Finding]) -> list[Finding]:
    """Findings in their order, but each document's left-out statements the most reported first
    (`most_reported_first`): the findings list and its CSV in the Compare panel's and the PDF's order."""
    groups: dict[str, list[str]] = {}
    for f in found:
        if f.kind == OMISSION and f.claim:
            groups.setdefault(f.doc, []).append(f.claim)
    rank = {c: n for claims in groups.values() for n, c in enumerate(most_reported_first(analysis, claims))}
    first: dict[tuple[str, str], int] = {}
    for n, f in enumerate(found):
        first.setdefault((f.kind, f.doc), n)  # each kind of each document stays where it was

    def key(f: Finding) -> tuple[int, int]:  # only a left-out statement moves: its claim's divergence stays put
        return first[(f.kind, f.doc)], rank.get(f.claim or "", 0) if f.kind == OMISSION else 0
    return sorted(found, key=key)


def compare(analysis: Analysis, a: str, b: str) -> Comparison:
    """Document `a` against `b` (statements only: questions, procedure and captions are never compared)."""
    only_a, shared_a = _side(analysis, a, b)
    only_b, shared_b = _side(analysis, b, a)
    return Comparison(a, b, only_a, only_b, shared_a, shared_b)
