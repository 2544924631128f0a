"""The claim-status rule (diverge > agree > omitted > unlinked), coverage cells, and which documents to compare."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from readout_viewer.core.linking.checked import checks
from readout_viewer.core.model import AGREE, DIVERGE, OFFICIAL, Analysis, Document, Link

OMITTED = "omitted"
UNLINKED = "unlinked"
SOURCE = "source"  # the coverage cell of an official claim in its own document
ABSENT = ""  # no relation: another event, or an outlet that simply does not cover the claim

# Which document kinds make the best official pane for an event: a readout beats a briefing or a statement.
_KIND_RANK = {"readout": 0, "statement": 1, "briefing": 2}
# Sides shown first, in this order, when an event has official texts from several sides.
_SIDE_ORDER = ("US", "RU")


class ClaimStatus(NamedTuple):
    """The status of one claim against the shown documents, and the links that decide it."""

    status: str  # agree | diverge | omitted | unlinked
    links: tuple[Link, ...]


def strongest(links: Iterable[Link]) -> str | None:
    """The relation a set of links gives a claim: diverge if any diverges, agree if there is one, else None."""
    relation = None
    for link in links:
        if link.relation == DIVERGE:
            return DIVERGE
        relation = AGREE
    return relation


def left_out(analysis: Analysis, claim_id: str, others: Iterable[str]) -> bool:
    """Whether the documents `others` together leave the official statement out: at least one of them is checked
    for it (`checks`) and every one checked is in its omission's `missing_from`. A document checked and not in it
    carries the statement (by a link, a clause of its sentence that carries it, or the sentence retold whole), so
    one more document shown never adds a left-out mark: what several documents leave out is what none of them
    carries, in the panes, in Compare and in the PDF's left-out pages alike."""
    claim = analysis.claim[claim_id]
    omission = analysis.omission_of.get(claim_id)
    if omission is None or not omission.missing_from or not claim.is_statement:
        return False
    doc = analysis.document[claim.doc]
    checked = {d for d in others if d in analysis.document and checks(doc, analysis.document[d])}
    return bool(checked) and checked.issubset(omission.missing_from)


def omitted_or_unlinked(analysis: Analysis, claim_id: str, against: Iterable[str] | None = None) -> str:
    """OMITTED when the documents `against` (default every document) together leave the official claim out
    (`left_out`), else UNLINKED."""
    against = (d.id for d in analysis.documents) if against is None else against
    return OMITTED if left_out(analysis, claim_id, against) else UNLINKED


def claim_status(analysis: Analysis, claim_id: str, shown: Iterable[str]) -> ClaimStatus:
    """Agree / diverge with the other shown documents, omitted by them (official claims), else unlinked.

    A claim that is not a statement (procedure, question, caption, boilerplate) is never compared: unlinked.
    """
    claim = analysis.claim[claim_id]
    if not claim.is_statement:
        return ClaimStatus(UNLINKED, ())
    others = {d for d in shown if d != claim.doc}
    counterparts = ((lk, analysis.claim[lk.other(claim_id)]) for lk in analysis.links_of.get(claim_id, ()))
    links = tuple(lk for lk, other in counterparts if other.doc in others and other.is_statement)
    relation = strongest(links)
    if relation is not None:
        return ClaimStatus(relation, links)
    return ClaimStatus(omitted_or_unlinked(analysis, claim_id, others), ())


def relation_of(analysis: Analysis, claim_id: str) -> str:
    """The claim's status against every other document of the folder (the PDF's view of it)."""
    if not analysis.claim[claim_id].is_statement:
        return UNLINKED
    return strongest(analysis.links_of.get(claim_id, ())) or omitted_or_unlinked(analysis, claim_id)


def statuses(analysis: Analysis, doc_id: str, shown: Iterable[str]) -> dict[str, ClaimStatus]:
    """The status of every claim of one document against the shown documents."""
    shown = tuple(shown)
    return {c.id: claim_status(analysis, c.id, shown) for c in analysis.claims_of.get(doc_id, ())}


def links_between(analysis: Analysis, left: str, right: str) -> list[tuple[str, str, Link]]:
    """Links joining a statement of document `left` with one of `right`, as (left claim, right claim, link)."""
    out = []
    for claim in analysis.claims_of.get(left, ()):
        if not claim.is_statement:
            continue
        for link in analysis.links_of.get(claim.id, ()):
            other = link.other(claim.id)
            if analysis.claim[other].doc == right and analysis.claim[other].is_statement:
                out.append((claim.id, other, link))
    return out


def coverage_row(analysis: Analysis, claim_id: str) -> dict[str, str]:
    """How each document carries the official claim: source, agree, diverge or omitted (absent ones left out)."""
    claim = analysis.claim[claim_id]
    if not claim.is_statement:  # not compared: only its own document carries it
        return {claim.doc: SOURCE}
    omission = analysis.omission_of.get(claim_id)
    row: dict[str, str] = dict.fromkeys(omission.missing_from if omission is not None else (), OMITTED)
    by_doc: dict[str, list[Link]] = {}
    for link in analysis.links_of.get(claim_id, ()):
        by_doc.setdefault(analysis.claim[link.other(claim_id)].doc, []).append(link)
    for doc_id, links in by_doc.items():
        row[doc_id] = strongest(links) or ABSENT
    row[claim.doc] = SOURCE
    return row


def coverage_cell(analysis: Analysis, claim_id: str, doc_id: str) -> str:
    """How document `doc_id` carries the official claim: source, agree, diverge, omitted or absent."""
    return coverage_row(analysis, claim_id).get(doc_id, ABSENT)


def _official_rank(doc: Document) -> tuple:
    """By side, kind (readouts first), whole before excerpt, date; then the fuller text first: a government may put
    out its account of a call in several pieces of one kind and day (a news agency's readout and its short items on
    one leader's words), and the one that tells most is the reference a reader compares the other side with."""
    side = _SIDE_ORDER.index(doc.side) if doc.side in _SIDE_ORDER else len(_SIDE_ORDER)
    return (side, _KIND_RANK.get(doc.kind or "", len(_KIND_RANK)), doc.excerpt, doc.date or "", -len(doc.text),
            doc.id)


def official_order(analysis: Analysis, event: str) -> list[Document]:
    """The official documents of an event, the ones that make the best reference first."""
    return sorted((d for d in analysis.documents_of(event) if d.role == OFFICIAL), key=_official_rank)


def parties(analysis: Analysis, event: str) -> list[list[Document]]:
    """The event's official texts compared, by party (its side, else its source), each party's best text first: one
    party only, and nothing in the folder says what either side left out of the other's (the PDF's page 2, Compare)."""
    found: dict[str, list[Document]] = {}
    for doc in official_order(analysis, event):
        if doc.compared:
            found.setdefault(doc.side or doc.source or doc.id, []).append(doc)
    return list(found.values())


def contrasts(analysis: Analysis, outlets: Iterable[str], against: Sequence[str]) -> dict[str, int]:
    """How much each outlet sets itself apart from the documents `against`: its diverging links to their claims,
    plus their statements it leaves out (one pass over the links and omissions, however many outlets)."""
    out = dict.fromkeys(outlets, 0)
    against_set = set(against)
    for doc_id in against_set:
        for claim in analysis.claims_of.get(doc_id, ()):
            if not claim.is_statement:
                continue
            for link in analysis.links_of.get(claim.id, ()):
                other = analysis.claim[link.other(claim.id)].doc
                if link.relation == DIVERGE and other in out:
                    out[other] += 1
            omission = analysis.omission_of.get(claim.id)
            for doc in omission.missing_from if omission is not None else ():
                if doc in out:
                    out[doc] += 1
    return out


def contrast(analysis: Analysis, outlet: str, against: Sequence[str]) -> int:
    """How much one outlet sets itself apart from the documents `against` (see contrasts)."""
    return contrasts(analysis, [outlet], against)[outlet]


# The panes an event opens with where the window has room: a readout of each side and the outlet most apart.
DEFAULT_PANES = 3
# Fewer panes than this hold the sides' official texts alone: two panes (a small screen) compare the two readouts,
# what a folder is opened for, rather than one readout and an outlet.
OUTLET_FROM = 3


def default_panes(analysis: Analysis, event: str | None = None, count: int = DEFAULT_PANES) -> list[str]:
    """The documents to show first: one official text per side (readouts first), then (from OUTLET_FROM panes on)
    the outlet that diverges from them or leaves them out most.

    Colours in a pane are computed against the other panes, and agreement wins over omission: an outlet that
    retells a readout word for word would paint it "agrees" and hide what the other side left out. The outlet
    with most contrast keeps the readouts' own comparison visible and adds its divergences to it.
    """
    if event is None:
        event = analysis.events[0] if analysis.events else ""
    docs = analysis.documents_of(event)
    chosen = side_references(analysis, event)
    chosen = chosen[: max(1, count - 1)] if count >= OUTLET_FROM else chosen[:count]
    officials = [d.id for d in chosen]
    picked = chosen + outlets_by_contrast(analysis, event, officials)[:1]
    rest = [d for d in docs if d not in picked]
    return [d.id for d in (picked + rest)[:count]]


def side_references(analysis: Analysis, event: str) -> list[Document]:
    """The best official text of each side of an event (see official_order), the sides in _SIDE_ORDER."""
    chosen: list[Document] = []
    sides: set[str | None] = set()
    for doc in official_order(analysis, event):
        if doc.side not in sides:
            sides.add(doc.side)
            chosen.append(doc)
    return chosen


def outlets_by_contrast(analysis: Analysis, event: str, against: Sequence[str]) -> list[Document]:
    """The outlets of an event, whole texts before excerpts, the one that sets itself apart most from the
    documents `against` first (see contrasts)."""
    candidates = [d for d in analysis.documents_of(event) if d.role != OFFICIAL]
    score = contrasts(analysis, [d.id for d in candidates], against)
    return sorted(candidates, key=lambda d: (d.excerpt, -score[d.id], d.date or "", d.id))


def ordered_claims(analysis: Analysis, doc_id: str, wanted: str, shown: Sequence[str]) -> list[str]:
    """Ids of the claims of a document whose status (against `shown`) is `wanted`, in text order."""
    found = statuses(analysis, doc_id, shown)
    return [cid for cid, st in found.items() if st.status == wanted]


def with_document(analysis: Analysis, shown: Sequence[str], doc_id: str) -> list[str]:
    """The panes after asking for `doc_id`: it replaces the last pane, or, from another event, that event's
    main texts come with it."""
    if doc_id in shown or doc_id not in analysis.document:
        return list(shown)
    event = analysis.document[doc_id].event
    if not shown or analysis.document[shown[0]].event != event:
        panes = default_panes(analysis, event)
        return panes if doc_id in panes else panes[:-1] + [doc_id]
    return list(shown[:-1]) + [doc_id]


def with_claim(shown: Sequence[str], home: str, other: str | None) -> list[str]:
    """The panes after asking to see a claim of document `home` (and `other` beside it): each missing one takes
    the right-most pane that is neither of them, else a new pane."""
    panes = list(shown)
    wanted = [d for d in (home, other) if d]
    for doc_id in wanted:
        if doc_id not in panes:
            slot = next((i for i in range(len(panes) - 1, -1, -1) if panes[i] not in wanted), None)
            if slot is None:
                panes.append(doc_id)
            else:
                panes[slot] = doc_id
    return panes
