"""Part 2 of the PDF: counts per relation, the findings tables, and per event the coverage matrix."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from readout_viewer import palette
from readout_viewer.core import findings as core_findings
from readout_viewer.core import status
from readout_viewer.core.labels import claim_shown, counted, document_titles, quoted, short_name, statement_counts
from readout_viewer.core.model import (
    AGREE,
    ALTERED,
    DIVERGE,
    EXACT,
    MANUAL,
    MISATTRIBUTED,
    NOT_FOUND,
    UNSUPPORTED,
    Analysis,
    Claim,
    Document,
)
from readout_viewer.export.canvas import MUTED
from readout_viewer.export.documents import claim_anchor, doc_anchor
from readout_viewer.export.findings import KIND_LOOK, findings_tables
from readout_viewer.export.notes import MARK, OMITTED
from readout_viewer.export.select import Selection
from readout_viewer.export.tables import Cell, Column, Group, table
from readout_viewer.export.textflow import Composer

TINTED = (AGREE, DIVERGE, OMITTED, EXACT, ALTERED, NOT_FOUND, MISATTRIBUTED, UNSUPPORTED)  # not manual: black
OWN = "●"  # the matrix cell of a statement's own document (the viewer's mark for it)
# A coverage matrix shows each outlet as a column up to this many outlets; past it (a hundred articles), the
# outlets become three columns counting how many agree, diverge and leave the statement out: a column per
# outlet would be too narrow to read and a hundred links per row.
MATRIX_OUTLETS = 12
# Characters of a document's title in a matrix column header (the second of its two lines).
HEADER_TITLE_CHARS = 34
MATRIX_NOTE = ("Rows are the official statements of the event, under the document they come from; columns are the "
               "documents. ✓ a document reports the statement, ≠ it reports it differently, ∅ it leaves it out, "
               "● the statement's own document; an empty cell was not compared (another official text of the same "
               "side). Click a statement or a cell to go to it.")


def _doc(claim_id: str) -> str:
    return claim_id.split("#", 1)[0]


def _count_rows(analysis: Analysis, sel: Selection, found: Sequence[core_findings.Finding]) -> list[list[Cell]]:
    per_event = {ev: {d.id for d in analysis.documents_of(ev)} for ev in sel.events}
    kinds = Counter((f.kind, analysis.document[f.doc].event) for f in found)
    measures = [
        (None, "Statements compared",
         lambda ev, ids: statement_counts(analysis, ids)[0]),
        (AGREE, f"{MARK[AGREE]} agree: linked statements that report the same thing",
         lambda ev, ids: sum(1 for lk in analysis.links if lk.relation == AGREE and _doc(lk.a) in ids)),
        (DIVERGE, f"{MARK[DIVERGE]} diverge: linked statements that report it differently",
         lambda ev, ids: kinds[core_findings.DIVERGENCE, ev]),
        (MANUAL, "links made by an analyst",
         lambda ev, ids: sum(1 for lk in analysis.links if lk.origin == MANUAL and _doc(lk.a) in ids)),
        (OMITTED, f"{MARK[OMITTED]} {core_findings.KIND_WORDS[core_findings.OMISSION].lower()}: official statements "
                  "that some documents of the event leave out",
         lambda ev, ids: kinds[core_findings.OMISSION, ev]),
        (EXACT, f"{MARK[EXACT]} quotations: {palette.LABEL[EXACT]}",
         lambda ev, ids: sum(1 for q in analysis.quotes if q.verdict == EXACT and q.doc in ids)),
    ]
    for kind, key in ((core_findings.ALTERED_QUOTE, ALTERED), (core_findings.QUOTE_NOT_FOUND, NOT_FOUND),
                      (core_findings.MISATTRIBUTION, MISATTRIBUTED), (core_findings.UNSUPPORTED_STATEMENT, UNSUPPORTED),
                      (core_findings.NOT_IN_READOUT, "unlinked")):
        what = KIND_LOOK[kind][2].rstrip(".")  # the sentence over the kind's table, its word first as there
        measures.append((key, f"{MARK[key]} {core_findings.KIND_WORDS[kind].lower()}: {what[0].lower()}{what[1:]}",
                         lambda ev, ids, k=kind: kinds[k, ev]))
    rows = []
    for key, label, count in measures:
        first = Cell(label, tint=palette.COLOR[key]) if key in TINTED else Cell(label, bold=key is None)
        values = [count(ev, ids) for ev, ids in per_event.items()]
        rows.append([first] + [Cell(str(v), center=True) for v in values]
                    + ([Cell(str(sum(values)), center=True, bold=True)] if len(values) > 1 else []))
    return rows


def counts(cx: Composer, analysis: Analysis, sel: Selection, found: Sequence[core_findings.Finding]) -> None:
    cx.heading("Counts", cx.fonts.h3)
    columns = [Column("Measure", 5.0)] + [Column(ev or "(no event)", 1.6) for ev in sel.events]
    columns += [Column("Total", 0.9)] if len(sel.events) > 1 else []
    table(cx, columns, _count_rows(analysis, sel, found), cx.fonts.small, cx.fonts.small_bold)
    ids = {d.id for d in sel.documents}
    reasons = Counter(lk.reason or "wording" for lk in analysis.links if lk.relation == DIVERGE and _doc(lk.a) in ids)
    if reasons:
        cx.space(3)
        text = "Why statements diverge: " + ", ".join(f"{r} {n}" for r, n in reasons.most_common())
        cx.paragraph(text, cx.fonts.small_italic, colour=MUTED)


def _matrix_cell(analysis: Analysis, claim: Claim, doc: Document) -> Cell:
    cell = status.coverage_cell(analysis, claim.id, doc.id)
    if cell == status.SOURCE:
        return Cell(OWN, center=True, colour=MUTED)
    if cell in (AGREE, DIVERGE):
        first = next(lk for lk in analysis.links_of.get(claim.id, ()) if _doc(lk.other(claim.id)) == doc.id)
        return Cell(MARK[cell], tint=palette.COLOR[cell], center=True, link=claim_anchor(first.other(claim.id)))
    if cell == OMITTED:
        return Cell(MARK[OMITTED], tint=palette.COLOR[OMITTED], center=True, link=claim_anchor(claim.id))
    return Cell("")


def _outlet_counts(analysis: Analysis, claim: Claim, outlets: Sequence[Document]) -> list[Cell]:
    row = status.coverage_row(analysis, claim.id)
    ids = {d.id for d in outlets}
    tally = Counter(v for d, v in row.items() if d in ids)
    return [Cell(str(tally[key]) if tally[key] else "", tint=palette.COLOR[key] if tally[key] else None, center=True)
            for key in (AGREE, DIVERGE, OMITTED)]


def excerpt_note(shown: Sequence[Document]) -> str:
    """The muted line under the matrix's note naming the columns of texts the folder holds only in part (their
    vertical headers are cut before any "(excerpt)"): a ∅ there may stand in the part not stored. Seen by helper
    ux12: Downing Street's readout of the Sunak–Modi call, assembled from an outlet's quotation, had a ∅ in its
    column for the call's opening sentence, which stands behind its "[…]"."""
    cut = [short_name(d, excerpt=False) for d in shown if d.excerpt]
    if not cut:
        return ""
    which, whose = ("this text", "its") if len(cut) == 1 else ("these texts", "their")
    return (f"The folder holds only an excerpt of {which}, so a {MARK[OMITTED]} in {whose} column may stand in the "
            f"part not stored: {'; '.join(cut)}.")


def _header_label(doc: Document, title: str) -> str:
    """Two lines for a vertical column header: source and date, then the (unique) short title."""
    return "\n".join(x for x in (" ".join(x for x in (doc.source, f"({doc.date})" if doc.date else "") if x), title)
                     if x)


def matrix(cx: Composer, analysis: Analysis, event: str, labels: Mapping[str, str]) -> None:
    docs = list(analysis.documents_of(event))
    officials = status.official_order(analysis, event)
    outlets = [d for d in docs if not d.is_official]
    cx.new_page(landscape=False, header=f"Coverage — {event or '(no event)'}")
    cx.heading(f"Coverage of the official statements — {event or '(no event)'}", cx.fonts.h3, before=0,
               anchor=f"matrix:{event}")
    cx.paragraph(MATRIX_NOTE, cx.fonts.small_italic, colour=MUTED)
    cx.space(4)
    counted = len(outlets) > MATRIX_OUTLETS
    shown = officials + ([] if counted else outlets)
    if note := excerpt_note(shown):
        cx.paragraph(note, cx.fonts.small_italic, colour=MUTED)
        cx.space(4)
    if not any(c.is_statement for d in officials for c in analysis.claims_of.get(d.id, ())):
        cx.paragraph("No official statement in this event.", cx.fonts.small)
        return
    titles = document_titles(docs, HEADER_TITLE_CHARS)
    columns = [Column("Official statement", 40.0, elide=True)] + [Column(_header_label(d, titles[d.id]), 2.4)
                                                                   for d in shown]
    if counted:
        columns += [Column(f"{MARK[k]} {n} of {len(outlets)} outlets", 2.4)
                    for k, n in ((AGREE, "agree:"), (DIVERGE, "diverge:"), (OMITTED, "leave out:"))]
    rows: list = []
    for d in officials:
        statements = [c for c in analysis.claims_of.get(d.id, ()) if c.is_statement]
        if not statements:
            continue
        rows.append(Group(labels[d.id], link=doc_anchor(d.id)))
        for c in statements:
            row = [Cell(f"{c.id.rsplit('#', 1)[-1]}. {claim_shown(analysis, c)}", link=claim_anchor(c.id))]
            row += [_matrix_cell(analysis, c, x) for x in shown]
            rows.append(row + (_outlet_counts(analysis, c, outlets) if counted else []))
    table(cx, columns, rows, cx.fonts.tiny, cx.fonts.tiny, vertical_from=1)


def render_summary(cx: Composer, analysis: Analysis, sel: Selection, found: Sequence[core_findings.Finding],
                   labels: Mapping[str, str]) -> None:
    cx.new_page(landscape=True, header="Summary")
    cx.heading("Summary", cx.fonts.h2, anchor="part:summary")
    counts(cx, analysis, sel, found)
    cx.heading("Findings", cx.fonts.h2, anchor="part:findings")
    findings_tables(cx, analysis, found, labels, "the Coverage part", sel.events)
    notes_table(cx, analysis, sel, labels)
    for ev in sel.events:
        matrix(cx, analysis, ev, labels)
    if sel.events:
        cx.anchors.setdefault("part:coverage", cx.anchors[f"matrix:{sel.events[0]}"])


def notes_table(cx: Composer, analysis: Analysis, sel: Selection, labels: Mapping[str, str]) -> None:
    """The analyst's notes and the decisions that no longer match the text, when there are any."""
    ids = {d.id for d in sel.documents}
    notes = [n for n in analysis.notes if _doc(n.claim) in ids]
    if notes:
        cx.heading("Analyst notes", cx.fonts.h3)
        rows = []
        for n in notes:
            claim = analysis.claim.get(n.claim)
            said = " ".join(claim_shown(analysis, claim).split()) if claim else n.claim
            who = ", ".join(x for x in (n.author, n.at) if x) or "—"
            rows.append([Cell(labels.get(_doc(n.claim), _doc(n.claim))), Cell(quoted(said), link=claim_anchor(n.claim)),
                         Cell(n.text), Cell(who)])
        table(cx, [Column("Document", 1.5), Column("Statement", 4.0), Column("Note", 3.6), Column("By", 1.2)], rows,
              cx.fonts.small, cx.fonts.small_bold)
    if analysis.orphans:
        cx.heading("Decisions whose text is gone", cx.fonts.h3)
        n = len(analysis.orphans)
        cx.paragraph(f"{counted(n, 'saved analyst decision')} no longer {'matches' if n == 1 else 'match'} any text "
                     "of the folder "
                     "(a document changed); they are kept in the decisions file.", cx.fonts.small, colour=MUTED)
