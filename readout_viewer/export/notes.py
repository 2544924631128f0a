"""What the PDF says about each claim, quote and attribution: its status and the words of its annotation note."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from readout_viewer import palette
from readout_viewer.core import closest
from readout_viewer.core.findings import pinned_on_unheld
from readout_viewer.core.labels import capital, claim_shown, counted, quoted  # noqa: F401 (quoted: the PDF modules' name)
from readout_viewer.core.language.text import clip  # noqa: F401 (re-exported: the PDF modules import it from here)
from readout_viewer.core.model import (
    AGREE,
    ALTERED,
    DIVERGE,
    EXACT,
    MANUAL,
    MISATTRIBUTED,
    Analysis,
    Attribution,
    Claim,
    Quote,
)
from readout_viewer.core.quotes.changes import quote_changes
from readout_viewer.core.status import OMITTED, UNLINKED, relation_of  # noqa: F401 (the PDF modules' names)

MARK = palette.MARK
# Counterpart words quoted in a note are cut here: a comment pane shows a few lines, not a page.
QUOTE_CHARS = 280
# An altered quotation's detail (Quote.detail: its source is a translation) is cut here, never dropped: the changes
# before it are cut at QUOTE_CHARS, so a quotation of 13 changes still tells the editor why "altered" may overstate.
DETAIL_CHARS = 200
# Closest passages named in an omitted statement's note (linking/nearest.py): a note is read in a popup.
NOTE_NEAR = 2
Labels = Mapping[str, str]  # document id -> its unique label (core.labels.document_labels)


@dataclass(frozen=True)
class Status:
    """A claim's overall relation (agree, diverge, omitted, unlinked), the note subject and the note text."""

    relation: str
    subject: str
    note: str


def doc_name(labels: Labels, doc_id: str | None) -> str:
    """The unique label of a document, whole (never cut: two labels may differ only at their end)."""
    if doc_id is None or doc_id not in labels:
        return "a document not in the folder"
    return labels[doc_id]


def _link_lines(analysis: Analysis, claim: Claim, labels: Labels) -> list[str]:
    lines = []
    for link in analysis.links_of.get(claim.id, ()):
        other = analysis.claim.get(link.other(claim.id))
        if other is None or (not other.is_statement and link.origin != MANUAL):  # an analyst's link always shows
            continue
        where = doc_name(labels, other.doc)
        # the title page says links an analyst made or confirmed say so: a confirmed (or relabelled) one said nothing
        by = (" (linked by an analyst)" if link.origin == MANUAL else
              " (confirmed by an analyst)" if link.confirmed else "")
        if link.relation == DIVERGE:
            why = f" [{link.reason}]" if link.reason else ""
            detail = f" {link.detail.rstrip('.')}." if link.detail else ""
            said = clip(claim_shown(analysis, other), QUOTE_CHARS)
            lines.append(f"{MARK[DIVERGE]} Diverges from {where}{why}{by}:{detail} {quoted(said)}")
        else:
            said = clip(claim_shown(analysis, other), QUOTE_CHARS)
            lines.append(f"{MARK[AGREE]} Agrees with {where}{by}: {quoted(said)}")
    return lines


def _near_lines(analysis: Analysis, claim_id: str, labels: Labels) -> list[str]:
    """The closest wording of the documents that leave a statement out, the official ones first: for the editor to
    check that none says it in other words (they share too little with it to be linked)."""
    return [f"Closest wording in {doc_name(labels, n.doc)}, too little to link, check it: "
            f"{closest.quoted(analysis, n, QUOTE_CHARS // 2)}"
            for n in closest.passages(analysis, claim_id)[:NOTE_NEAR]]


def _note_lines(analysis: Analysis, claim_id: str) -> list[str]:
    out = []
    for note in analysis.notes_of(claim_id):
        who = ", ".join(x for x in (note.author, note.at) if x)
        out.append(f"Analyst note{f' ({who})' if who else ''}: {note.text}")
    return out


def _tally(analysis: Analysis, claim: Claim, missing: tuple[str, ...]) -> str:
    """The first line of a note: how many documents agree, diverge, leave the claim out."""
    by_rel: dict[str, set[str]] = {AGREE: set(), DIVERGE: set()}
    for link in analysis.links_of.get(claim.id, ()):
        by_rel[link.relation].add(link.other(claim.id).split("#", 1)[0])
    parts = [f"{MARK[AGREE]} agrees with {_documents(len(by_rel[AGREE]))}" if by_rel[AGREE] else "",
             f"{MARK[DIVERGE]} diverges from {_documents(len(by_rel[DIVERGE]))}" if by_rel[DIVERGE] else "",
             f"{MARK[OMITTED]} left out by {_documents(len(missing))}" if missing else ""]
    return "In short: " + ", ".join(p for p in parts if p) + "."


def _documents(count: int) -> str:
    """'1 document', '3 documents' (each part of a tally says what it counts: 'diverges from 2' alone did not)."""
    return counted(count, "document")


def claim_status(analysis: Analysis, claim: Claim, labels: Labels) -> Status:
    """The status of a claim and the note of its highlight: counterparts quoted, omissions named, notes."""
    relation = relation_of(analysis, claim.id)
    lines = _link_lines(analysis, claim, labels)
    omission = analysis.omission_of.get(claim.id)
    if omission is not None and omission.missing_from:
        names = "; ".join(doc_name(labels, d) for d in omission.missing_from)
        lines.append(f"{MARK[OMITTED]} Left out by {len(omission.missing_from)}: {names}.")
        lines += _near_lines(analysis, claim.id, labels)
    if not lines:
        lines.append("Not linked to any other account (commentary or a statement of its own).")
    else:
        lines.insert(0, _tally(analysis, claim, omission.missing_from if omission else ()))
    lines += _note_lines(analysis, claim.id)
    subject = f"{MARK[relation]} {palette.LABEL[relation]}"
    return Status(relation, subject, "\n".join(lines))


def changed_words(quote: Quote) -> str:
    """The words an altered quote changed, as the findings say them ('“firm” became “strong”'); empty when unknown."""
    return clip("; ".join(quote_changes(quote.diff or ())), QUOTE_CHARS)


def _detail(quote: Quote) -> str:
    """What the verdict alone would misstate (the findings' and the inspector's words, quotes.changes.quote_reason),
    as a sentence of its own after the changes; empty when the quotation has none."""
    if not quote.detail:
        return ""
    return f" {capital(clip(quote.detail, DETAIL_CHARS).rstrip('.'))}."


def quote_note(analysis: Analysis, quote: Quote, labels: Labels, pinned: Attribution | None = None) -> str:
    """The note of a quotation's highlight: exact, altered (its changes, its detail, its source's words) or not
    found; `pinned`, the attribution of a source the folder does not hold that the quotation stands in, if any
    (core.findings.pinned_on_unheld)."""
    where = doc_name(labels, quote.source.doc) if quote.source else ""
    if quote.verdict == EXACT:
        return f"{MARK[EXACT]} Exact quote: found word for word in {where}."
    if quote.verdict == ALTERED:
        source_text = ""
        doc = analysis.document.get(quote.source.doc) if quote.source else None
        if doc is not None and quote.source is not None:
            source_text = f" Source: {quoted(clip(doc.text[quote.source.start:quote.source.end], QUOTE_CHARS))}"
        changed = changed_words(quote)
        return (f"{MARK[ALTERED]} Altered quote, closest to {where}: {changed or 'see the source'}."
                f"{_detail(quote)}{source_text}")
    if pinned is not None:  # listed under Unsupported, not Not found: the tables' and the title page's count
        return (f"{MARK['not_found']} Quote not found in any document of the folder: it is pinned on "
                f"\u201c{pinned.cited_as}\u201d, whose words the folder does not hold (under Findings, Unsupported).")
    if quote.detail:  # an official text's own quotation (quotes.sources.OWN_QUOTATION_NOTE): not a misquotation
        return f"{MARK['not_found']} Quote not found in another document of the folder.{_detail(quote)}"
    return f"{MARK['not_found']} Quote not found in any document of the folder."


def attribution_note(att: Attribution, labels: Labels) -> str:
    if pinned_on_unheld(att):  # "pinned on Watson (“Watson”), which does not carry it" spoke of a text not held
        why = att.detail or "the source is not in the folder"
        return f"{MARK['unsupported']} Unsupported: pinned on \u201c{att.cited_as}\u201d: {why}."
    cited = doc_name(labels, att.cited) if att.cited else att.cited_as
    if att.verdict == MISATTRIBUTED:
        found = doc_name(labels, att.found_in) if att.found_in else "another document"
        return f"{MARK[MISATTRIBUTED]} Misattributed: pinned on {cited} (“{att.cited_as}”), but it is in {found}."
    return f"{MARK['unsupported']} Unsupported: pinned on {cited} (“{att.cited_as}”), which does not carry it."
