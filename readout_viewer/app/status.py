"""What a claim looks like against the documents on screen: small pure functions over the model, no Qt."""

from __future__ import annotations

from typing import Iterable, NamedTuple, Sequence

from readout_viewer.core.model import AGREE, DIVERGE, OFFICIAL, Analysis, Document, Link

OMITTED = "omitted"
UNLINKED = "unlinked"
SOURCE = "source"  # the coverage cell of an official claim in its own document
ABSENT = ""  # no relation: another event, or an outlet that simply does not cover the claim

# A symbol per status, so that counts and the coverage matrix read without colour.
SYMBOL = {SOURCE: "●", AGREE: "✓", DIVERGE: "≠", OMITTED: "∅", ABSENT: ""}

# The statuses a viewer filter can keep; "quotes" keeps only quotation marks.
FILTERS = ("all", DIVERGE, OMITTED, "quotes")

# Which document kinds make the best official pane for an event: a readout beats a briefing or a statement.
_KIND_RANK = {"readout": 0, "statement": 1, "briefing": 2}
# Sides shown first, in this order, when an event has official texts from several sides.
_SIDE_ORDER = ("US", "RU")


class ClaimStatus(NamedTuple):
    """The status of one claim against the shown documents, and the links that decide it."""

    status: str  # agree | diverge | omitted | unlinked
    links: tuple[Link, ...]


def claim_status(analysis: Analysis, claim_id: str, shown: Iterable[str]) -> ClaimStatus:
    """Agree / diverge with the other shown documents, omitted by them (official claims), else unlinked."""
    claim = analysis.claim[claim_id]
    others = {d for d in shown if d != claim.doc}
    links = tuple(lk for lk in analysis.links_of.get(claim_id, ())
                  if analysis.claim[lk.other(claim_id)].doc in others)
    if any(lk.relation == DIVERGE for lk in links):
        return ClaimStatus(DIVERGE, links)
    if links:
        return ClaimStatus(AGREE, links)
    omission = analysis.omission_of.get(claim_id)
    if omission is not None and others.intersection(omission.missing_from):
        return ClaimStatus(OMITTED, ())
    return ClaimStatus(UNLINKED, ())


def statuses(analysis: Analysis, doc_id: str, shown: Iterable[str]) -> dict[str, ClaimStatus]:
    """The status of every claim of one document against the shown documents."""
    shown = tuple(shown)
    return {c.id: claim_status(analysis, c.id, shown) for c in analysis.claims_of.get(doc_id, ())}


def links_between(analysis: Analysis, left: str, right: str) -> list[tuple[str, str, Link]]:
    """Links joining a claim of document `left` with one of `right`, as (left claim, right claim, link)."""
    out = []
    for claim in analysis.claims_of.get(left, ()):
        for link in analysis.links_of.get(claim.id, ()):
            other = link.other(claim.id)
            if analysis.claim[other].doc == right:
                out.append((claim.id, other, link))
    return out


def coverage_row(analysis: Analysis, claim_id: str) -> dict[str, str]:
    """How each document carries the official claim: source, agree, diverge or omitted (absent ones left out)."""
    claim = analysis.claim[claim_id]
    row: dict[str, str] = {}
    omission = analysis.omission_of.get(claim_id)
    for doc_id in (omission.missing_from if omission is not None else ()):
        row[doc_id] = OMITTED
    for link in analysis.links_of.get(claim_id, ()):
        doc_id = analysis.claim[link.other(claim_id)].doc
        if row.get(doc_id) != DIVERGE:
            row[doc_id] = DIVERGE if link.relation == DIVERGE else AGREE
    row[claim.doc] = SOURCE
    return row


def coverage_cell(analysis: Analysis, claim_id: str, doc_id: str) -> str:
    """How document `doc_id` carries the official claim: source, agree, diverge, omitted or absent."""
    return coverage_row(analysis, claim_id).get(doc_id, ABSENT)


def _official_rank(doc: Document) -> tuple:
    side = _SIDE_ORDER.index(doc.side) if doc.side in _SIDE_ORDER else len(_SIDE_ORDER)
    return (side, _KIND_RANK.get(doc.kind or "", len(_KIND_RANK)), doc.excerpt, doc.date or "", doc.id)


def official_order(analysis: Analysis, event: str) -> list[Document]:
    """The official documents of an event, the ones that make the best reference first."""
    return sorted((d for d in analysis.documents_of(event) if d.role == OFFICIAL), key=_official_rank)


def default_panes(analysis: Analysis, event: str | None = None, count: int = 3) -> list[str]:
    """The documents to show first: one official text per side (readouts first), then the first outlet."""
    if event is None:
        event = analysis.events[0] if analysis.events else ""
    docs = analysis.documents_of(event)
    chosen: list[Document] = []
    sides: set[str | None] = set()
    for doc in official_order(analysis, event):
        if doc.side not in sides:
            sides.add(doc.side)
            chosen.append(doc)
    outlets = sorted((d for d in docs if d.role != OFFICIAL), key=lambda d: (d.date or "", d.id))
    picked = chosen[: max(1, count - 1)] + outlets[:1]
    rest = [d for d in docs if d not in picked]
    return [d.id for d in (picked + rest)[:count]]


def ordered_claims(analysis: Analysis, doc_id: str, wanted: str, shown: Sequence[str]) -> list[str]:
    """Ids of the claims of a document whose status (against `shown`) is `wanted`, in text order."""
    found = statuses(analysis, doc_id, shown)
    return [cid for cid, st in found.items() if st.status == wanted]
