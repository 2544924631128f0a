"""The findings tables of the PDF: the rows of core.findings (the viewer's list, `findings --csv`), by kind."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from readout_viewer import palette
from readout_viewer.core import findings as core_findings
from readout_viewer.core.confidence import WEAK
from readout_viewer.core.findings import Finding
from readout_viewer.core.model import Analysis
from readout_viewer.export.canvas import MUTED
from readout_viewer.export.documents import attribution_anchor, claim_anchor, doc_anchor, quote_anchor
from readout_viewer.export.leftout import left_out_tables, readout_pairs
from readout_viewer.export.notes import MARK, quoted
from readout_viewer.export.tables import Cell, Column, keep_with_heading, table
from readout_viewer.export.textflow import Composer

# Per kind: the status whose mark and colour the rows carry, the title of the counterpart column, and a line
# saying what the rows are.
KIND_LOOK = {
    core_findings.DIVERGENCE: ("diverge", "Diverges from",
                               "Linked statements that report the same thing differently, with the reason."),
    core_findings.ALTERED_QUOTE: ("altered", "Closest source",
                                  "Quotations whose words differ from the closest passage of the folder."),
    core_findings.QUOTE_NOT_FOUND: ("not_found", "",
                                    "Quotations that no official text of the folder carries."),
    core_findings.MISATTRIBUTION: ("misattributed", "Found in",
                                   "Statements pinned on a source that does not carry them, while another does."),
    core_findings.UNSUPPORTED_STATEMENT: ("unsupported", "Pinned on",
                                          "Statements pinned on a source that does not carry them; no document "
                                          "of the folder does."),
    core_findings.NOT_IN_READOUT: ("unlinked", "Closest official wording",
                                   "What outlets report of the call that no official text of the folder carries."),
}
# The tint behind a finding's words: the synopsis's, light enough for a paragraph to read as on white paper.
TEXT_TINT = 0.16
COLUMNS = [Column("Document", 1.5), Column("Text", 3.6), Column("Counterpart", 3.2), Column("Why", 2.2),
           Column("Score", 0.6)]
# The unreported's "Why" says why each official text's closest wording is not a report of it, five times the words of
# the statement: in the narrow column its rows stood a third of a page high, half the Text column empty, and the
# Trump–Putin call's 28 ran fourteen pages (helper qa9). Its own shares, the text and why side by side.
WIDE_WHY = {core_findings.NOT_IN_READOUT: (1.5, 2.7, 2.7, 4.4, 0.6)}


def kind_anchor(kind: str) -> str:
    """Where a kind's table starts under Findings (In brief names its page: "under Findings, page 5" sent an
    editor to the first of corpus/'s fifteen pages of findings for a table on page 11, helper qa9)."""
    return f"findings:{kind}"


def finding_anchor(analysis: Analysis, f: Finding) -> str:
    """Where a finding's row jumps: its statement, quotation or attribution in Documents in full."""
    if f.claim:
        return claim_anchor(f.claim)
    if f.kind in (core_findings.ALTERED_QUOTE, core_findings.QUOTE_NOT_FOUND):
        return quote_anchor(f.doc, f.start)
    return attribution_anchor(f.doc, f.start)


def counterpart_anchor(analysis: Analysis, f: Finding) -> str | None:
    """Where the counterpart cell jumps: the counterpart's statement, else the statement around its passage."""
    if f.other_claim:
        return claim_anchor(f.other_claim)
    if not f.other_doc:
        return None
    if f.kind == core_findings.ALTERED_QUOTE:
        for q in analysis.quotes_in(f.doc):
            if q.start == f.start and q.source is not None:
                for c in analysis.claims_of.get(q.source.doc, ()):
                    if c.start <= q.source.start < c.end:
                        return claim_anchor(c.id)
    return doc_anchor(f.other_doc)


def score_text(score: float | None) -> str:
    if score is None:
        return "—"
    return f"{score:.2f} weak" if score < WEAK else f"{score:.2f}"


def _row(analysis: Analysis, f: Finding, labels: Mapping[str, str], key: str) -> list[Cell]:
    text = " ".join(f.text.split())
    other = ""
    if f.other_doc:
        other = labels.get(f.other_doc, f.other_doc)
        other += f":\n{quoted(' '.join(f.other_text.split()))}" if f.other_text else ""
    elif f.cited:
        other = f"“{f.cited}”"
    return [Cell(labels.get(f.doc, f.doc)),
            Cell(f"{MARK[key]} {text}", link=finding_anchor(analysis, f), tint=palette.COLOR[key],
                 tint_alpha=TEXT_TINT),
            Cell(other, link=counterpart_anchor(analysis, f)), Cell(f.reason), Cell(score_text(f.score))]


def _with_counterparts(kind: str, title: str, rows: list[list[Cell]]) -> tuple[list[Column], list[list[Cell]]]:
    """The columns of a kind's table and its rows: the counterpart column titled, or, for a kind that has none (a
    quotation no text carries), left out and its width given to the text."""
    columns = list(COLUMNS)
    if kind in WIDE_WHY:
        columns = [replace(c, share=share) for c, share in zip(columns, WIDE_WHY[kind])]
    if title:
        columns[2] = Column(title, columns[2].share)
        return columns, rows
    columns[1] = Column(columns[1].title, columns[1].share + columns[2].share)
    return columns[:2] + columns[3:], [row[:2] + row[3:] for row in rows]


def _unscored(columns: list[Column], rows: list[list[Cell]]) -> tuple[list[Column], list[list[Cell]]]:
    """Without the score column (its last), its width given to the text: a kind none of whose rows is scored
    (quotations, attributions) printed a column of dashes."""
    columns = [replace(c, share=c.share + columns[-1].share) if i == 1 else c for i, c in enumerate(columns[:-1])]
    return columns, [row[:-1] for row in rows]


def _between_sides(analysis: Analysis, events: Sequence[str]) -> str:
    """What the tables under Left out hold: with one side's official text only, none follows (the Lula–Biden call's
    "each is listed below" sent an editor to the next kind's table, helper qa17)."""
    if any(readout_pairs(analysis, event) for event in events):
        return ("Between the two sides' official texts of each event, each is listed below with what the other text "
                "says closest to it: read it before writing that a side left something out.")
    return ("No event here has both sides' official texts, so none is set against the other side's readout: "
            "the folder cannot say what one side left out of the other's.")


def findings_tables(cx: Composer, analysis: Analysis, rows: Sequence[Finding], labels: Mapping[str, str],
                    omissions_page: str, events: Sequence[str]) -> None:
    """A table per kind of finding, in core.findings' order; omissions point to the coverage matrices and, for the
    events exported, to each side's readout set against the other's."""
    by_kind: dict[str, list[Finding]] = {}
    for f in rows:
        by_kind.setdefault(f.kind, []).append(f)
    counts = core_findings.counts(rows)
    words = ", ".join(f"{n} {core_findings.KIND_WORDS[kind].lower()}" for kind, n in counts.items())
    cx.paragraph(f"The same rows as the viewer's findings list and `readout-viewer findings --csv`: {words}.",
                 cx.fonts.small, colour=MUTED)
    for kind in core_findings.KINDS:
        mine = by_kind.get(kind, [])
        if kind == core_findings.OMISSION:
            cx.heading(f"{MARK['omitted']} {core_findings.KIND_WORDS[kind]} ({len(mine)})", cx.fonts.h3,
                   anchor=kind_anchor(kind))
            cx.paragraph(f"{len(mine)} official statements are left out by some documents of their event: each is "
                         f"a row of the coverage matrix of its event ({omissions_page}), its ∅ cells naming the "
                         f"documents that leave it out. {_between_sides(analysis, events)}", cx.fonts.small)
            left_out_tables(cx, analysis, events)
            continue
        key, other_title, what = KIND_LOOK[kind]
        columns, table_rows = _with_counterparts(kind, other_title, [_row(analysis, f, labels, key) for f in mine])
        if all(f.score is None for f in mine):
            columns, table_rows = _unscored(columns, table_rows)
        keep_with_heading(cx, columns, table_rows, cx.fonts.small, cx.fonts.small_bold)
        cx.heading(f"{MARK[key]} {core_findings.KIND_WORDS[kind]} ({len(mine)})", cx.fonts.h3,
                   anchor=kind_anchor(kind))
        cx.paragraph(what if mine else what + " None.", cx.fonts.small, colour=MUTED)
        if table_rows:
            table(cx, columns, table_rows, cx.fonts.small, cx.fonts.small_bold)
