"""Part 2 of the PDF: counts per relation, the coverage matrix, the quote check and the attribution tables."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from readout_viewer import palette
from readout_viewer.core import status
from readout_viewer.core.model import (
    AGREE,
    ALTERED,
    DIVERGE,
    EXACT,
    MANUAL,
    MISATTRIBUTED,
    NOT_FOUND,
    SUPPORTED,
    UNSUPPORTED,
    Analysis,
    Claim,
    Document,
)
from readout_viewer.export.canvas import MUTED
from readout_viewer.export.documents import claim_anchor, quote_anchor
from readout_viewer.export.notes import MARK, OMITTED, changed_words, clip, doc_name
from readout_viewer.export.select import Selection
from readout_viewer.export.tables import Cell, Column, table
from readout_viewer.export.textflow import Composer

# A quotation in the quote table is cut here: the full words are one click away in the document.
QUOTE_TABLE_CHARS = 220
TINTED = (AGREE, DIVERGE, OMITTED, EXACT, ALTERED, NOT_FOUND, MISATTRIBUTED, UNSUPPORTED)  # not manual: black
OWN = "•"  # the matrix cell of a claim's own document
MATRIX_NOTE = ("Rows are the official claims, columns the documents of the event. ✓ a document reports the claim, "
               "≠ it reports it differently, ○ it leaves it out, • the claim's own document; an empty cell was "
               "not compared (another official text of the same side). Click a cell to go to the claim.")


def _status_cell(key: str, text: str | None = None, link: str | None = None) -> Cell:
    return Cell(text if text is not None else f"{MARK[key]} {palette.LABEL[key]}", tint=palette.COLOR[key],
                link=link)


def _count_rows(analysis: Analysis, sel: Selection) -> list[list[Cell]]:
    per_event = {ev: {d.id for d in analysis.documents_of(ev)} for ev in sel.events}
    measures = [
        (None, "Claims", lambda ids: sum(len(analysis.claims_of.get(d, ())) for d in ids)),
        (AGREE, "✓ agree: linked claims that report the same thing",
         lambda ids: sum(1 for lk in analysis.links if lk.relation == AGREE and _doc(lk.a) in ids)),
        (DIVERGE, "≠ diverge: linked claims that report it differently",
         lambda ids: sum(1 for lk in analysis.links if lk.relation == DIVERGE and _doc(lk.a) in ids)),
        ("manual", "links made by an analyst",
         lambda ids: sum(1 for lk in analysis.links if lk.origin == MANUAL and _doc(lk.a) in ids)),
        (OMITTED, "○ official claims left out by some documents",
         lambda ids: sum(1 for o in analysis.omissions if o.missing_from and _doc(o.claim) in ids)),
    ]
    for verdict in (EXACT, ALTERED, NOT_FOUND):
        measures.append((verdict, f"{MARK[verdict]} quotations: {palette.LABEL[verdict]}",
                         lambda ids, v=verdict: sum(1 for q in analysis.quotes if q.verdict == v and q.doc in ids)))
    for verdict in (MISATTRIBUTED, UNSUPPORTED):
        measures.append((verdict, f"{MARK[verdict]} statements {palette.LABEL[verdict]}",
                         lambda ids, v=verdict: sum(1 for a in analysis.attributions
                                                    if a.verdict == v and a.doc in ids)))
    rows = []
    for key, label, count in measures:
        first = Cell(label, tint=palette.COLOR[key]) if key in TINTED else Cell(label, bold=key is None)
        values = [count(ids) for ids in per_event.values()]
        rows.append([first] + [Cell(str(v), center=True) for v in values]
                    + ([Cell(str(sum(values)), center=True, bold=True)] if len(values) > 1 else []))
    return rows


def _doc(claim_id: str) -> str:
    return claim_id.split("#", 1)[0]


def counts(cx: Composer, analysis: Analysis, sel: Selection) -> None:
    cx.heading("Counts per relation", cx.fonts.h3)
    columns = [Column("Measure", 5.0)] + [Column(ev or "(no event)", 1.6) for ev in sel.events]
    columns += [Column("Total", 0.9)] if len(sel.events) > 1 else []
    table(cx, columns, _count_rows(analysis, sel), cx.fonts.small, cx.fonts.small_bold)
    reasons = Counter(lk.reason or "wording" for lk in analysis.links if lk.relation == DIVERGE
                      and analysis.document.get(_doc(lk.a)) in sel.documents)
    if reasons:
        cx.space(3)
        text = "Why claims diverge: " + ", ".join(f"{r} {n}" for r, n in reasons.most_common())
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


def matrix(cx: Composer, analysis: Analysis, event: str, docs: Sequence[Document]) -> None:
    officials = [d for d in docs if d.is_official]
    claims = [c for d in officials for c in analysis.claims_of.get(d.id, ())]
    cx.heading(f"Coverage of the official claims — {event}", cx.fonts.h3)
    cx.paragraph(MATRIX_NOTE, cx.fonts.small_italic, colour=MUTED)
    cx.space(4)
    if not claims:
        cx.paragraph("No official claim in this event.", cx.fonts.small)
        return
    columns = [Column("From", 1.3, elide=True), Column("Official claim", 6.2, elide=True)]
    columns += [Column(doc_name(d), 0.55) for d in docs]
    rows = [[Cell(analysis.document[c.doc].source or c.doc, colour=MUTED),
             Cell(f"{c.id.rsplit('#', 1)[-1]}. {c.text}", link=claim_anchor(c.id))]
            + [_matrix_cell(analysis, c, d) for d in docs] for c in claims]
    table(cx, columns, rows, cx.fonts.tiny, cx.fonts.tiny, vertical_from=2)


def quote_table(cx: Composer, analysis: Analysis, sel: Selection) -> None:
    cx.heading("Quotations checked", cx.fonts.h3)
    ids = {d.id for d in sel.documents}
    quotes = [q for q in analysis.quotes if q.doc in ids]
    if not quotes:
        cx.paragraph("No quotation in these documents.", cx.fonts.small)
        return
    rows = []
    for q in quotes:
        doc = analysis.document[q.doc]
        source = doc_name(analysis.document.get(q.source.doc)) if q.source else "—"
        rows.append([Cell(f"“{clip(doc.text[q.start:q.end], QUOTE_TABLE_CHARS)}”", link=quote_anchor(q.doc, q.start)),
                     Cell(doc_name(doc)), _status_cell(q.verdict), Cell(source if q.verdict != NOT_FOUND else "—"),
                     Cell(changed_words(q) if q.verdict == ALTERED else "")])
    table(cx, [Column("Quotation", 4.6), Column("Document", 1.8), Column("Verdict", 1.3), Column("Source", 1.8),
               Column("Changed words", 2.2)], rows, cx.fonts.tiny, cx.fonts.small_bold)


def attribution_table(cx: Composer, analysis: Analysis, sel: Selection) -> None:
    cx.heading("Misattributed and unsupported statements", cx.fonts.h3)
    ids = {d.id for d in sel.documents}
    flagged = [a for a in analysis.attributions if a.doc in ids and a.verdict != SUPPORTED]
    if not flagged:
        cx.paragraph("No statement is pinned on a source that does not carry it.", cx.fonts.small)
        return
    rows = []
    for a in flagged:
        doc = analysis.document[a.doc]
        found = doc_name(analysis.document.get(a.found_in)) if a.found_in else "no document of the folder"
        rows.append([Cell(clip(doc.text[a.start:a.end], QUOTE_TABLE_CHARS)), Cell(doc_name(doc)),
                     _status_cell(a.verdict), Cell(f"“{a.cited_as}”"), Cell(found)])
    table(cx, [Column("Statement", 4.6), Column("Document", 1.8), Column("Verdict", 1.3), Column("Pinned on", 1.6),
               Column("Found in", 1.8)], rows, cx.fonts.tiny, cx.fonts.small_bold)


def notes_table(cx: Composer, analysis: Analysis, sel: Selection) -> None:
    """The analyst's notes and the decisions that no longer match the text, when there are any."""
    ids = {d.id for d in sel.documents}
    notes = [n for n in analysis.notes if n.claim.split("#", 1)[0] in ids]
    if notes:
        cx.heading("Analyst notes", cx.fonts.h3)
        rows = []
        for n in notes:
            claim = analysis.claim.get(n.claim)
            where = doc_name(analysis.document.get(_doc(n.claim)))
            said = clip(claim.text, QUOTE_TABLE_CHARS) if claim else n.claim
            who = ", ".join(x for x in (n.author, n.at) if x) or "—"
            rows.append([Cell(f"“{said}”", link=claim_anchor(n.claim)), Cell(where), Cell(n.text), Cell(who)])
        table(cx, [Column("Claim", 4.0), Column("Document", 1.8), Column("Note", 3.6), Column("By", 1.2)], rows,
              cx.fonts.tiny, cx.fonts.small_bold)
    if analysis.orphans:
        cx.heading("Decisions whose text is gone", cx.fonts.h3)
        cx.paragraph(f"{len(analysis.orphans)} saved analyst decision(s) no longer match any text of the folder "
                     "(a document changed); they are kept in the decisions file.", cx.fonts.small, colour=MUTED)


def render_summary(cx: Composer, analysis: Analysis, sel: Selection) -> None:
    cx.new_page(landscape=False, header="Summary")
    cx.heading("Summary", cx.fonts.h2, anchor="part:summary")
    counts(cx, analysis, sel)
    quote_table(cx, analysis, sel)
    attribution_table(cx, analysis, sel)
    notes_table(cx, analysis, sel)
    for ev in sel.events:
        cx.new_page(header=f"Summary — coverage of {ev}")
        matrix(cx, analysis, ev, analysis.documents_of(ev))
