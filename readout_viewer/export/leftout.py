"""What each side's readout leaves out of the other's, with the closest wording it has: the PDF's answer to the
first thing an editor asks of a call."""

from __future__ import annotations

from collections.abc import Sequence

from readout_viewer import palette
from readout_viewer.core import closest
from readout_viewer.core.compare import compare
from readout_viewer.core.labels import short_name
from readout_viewer.core.model import Analysis, Document
from readout_viewer.core.status import official_order
from readout_viewer.export.canvas import MUTED
from readout_viewer.export.documents import claim_anchor
from readout_viewer.export.notes import MARK, OMITTED, clip
from readout_viewer.export.tables import Cell, Column, keep_with_heading, table
from readout_viewer.export.textflow import Composer

COLUMNS = [Column("Statement left out", 4.6), Column("Closest wording there (too little in common to link)", 4.6),
           Column("Shares", 1.4)]
# A statement and its closest wording are quoted this long at most: the link leads to the whole text.
CELL_CHARS = 320
# The tint behind a left-out statement: the findings tables' own, light enough to read on.
TEXT_TINT = 0.16


def readout_pairs(analysis: Analysis, event: str) -> list[tuple[Document, Document]]:
    """The event's best official text of each of its first two parties (core.status.official_order), both ways
    round: (the text whose statements are listed, the text that leaves them out). None with one party only."""
    first: dict[str, Document] = {}
    for doc in official_order(analysis, event):
        party = doc.side or doc.source or doc.id
        if doc.compared and party not in first:
            first[party] = doc
    docs = list(first.values())[:2]
    return [(docs[0], docs[1]), (docs[1], docs[0])] if len(docs) == 2 else []


def left_out_tables(cx: Composer, analysis: Analysis, events: Sequence[str]) -> None:
    """For each event exported with two parties' official texts, a table each way: the statements of one that the
    other leaves out, each with the other's closest wording and the words they share (linking/nearest.py)."""
    for event in events:
        for says, lacks in readout_pairs(analysis, event):
            only = compare(analysis, says.id, lacks.id).only_a
            rows = [_row(analysis, claim_id, lacks.id) for claim_id in only]
            keep_with_heading(cx, COLUMNS, rows, cx.fonts.small, cx.fonts.small_bold)
            cx.heading(f"{MARK[OMITTED]} What {the(short_name(lacks))} leaves out of {the(short_name(says))} — "
                       f"{event} ({len(only)})", cx.fonts.h3)
            if not only:
                cx.paragraph("Nothing: every statement is carried.", cx.fonts.small, colour=MUTED)
                continue
            table(cx, COLUMNS, rows, cx.fonts.small, cx.fonts.small_bold)


def the(name: str) -> str:
    """'the Kremlin readout', 'The White House readout': a name in running text."""
    return name if name.lower().startswith("the ") else f"the {name}"


def _row(analysis: Analysis, claim_id: str, lacks: str) -> list[Cell]:
    near = closest.passage_in(analysis, claim_id, lacks)
    said = Cell(f"{MARK[OMITTED]} {clip(analysis.claim[claim_id].text, CELL_CHARS)}", link=claim_anchor(claim_id),
                tint=palette.COLOR[OMITTED], tint_alpha=TEXT_TINT)
    if near is None:
        return [said, Cell("— nothing shares its content", colour=MUTED), Cell("")]
    return [said, Cell(f"“{clip(analysis.claim[near.claim].text, CELL_CHARS)}”", link=claim_anchor(near.claim)),
            Cell(", ".join(near.words) or "little")]
