"""What each side's readout leaves out of the other's, with the closest wording it has: the PDF's answer to the
first thing an editor asks of a call."""

from __future__ import annotations

from collections.abc import Sequence

from readout_viewer import palette
from readout_viewer.core import closest
from readout_viewer.core.compare import left_out_by, most_reported_first, reach_words
from readout_viewer.core.labels import capital, claim_shown, counted, quoted, short_name
from readout_viewer.core.model import Analysis, Document
from readout_viewer.core.status import parties
from readout_viewer.export.canvas import MUTED
from readout_viewer.export.documents import claim_anchor
from readout_viewer.export.notes import MARK, OMITTED, clip
from readout_viewer.export.tables import Cell, Column, keep_with_heading, table
from readout_viewer.export.textflow import Composer

COLUMNS = [Column("Statement left out", 4.6), Column("Closest wording there (too little in common to link)", 4.6),
           Column("Shares", 1.4), Column("The press", 2.6)]
# A statement and its closest wording are quoted this long at most: the link leads to the whole text.
CELL_CHARS = 320
# The tint behind a left-out statement: the findings tables' own, light enough to read on.
TEXT_TINT = 0.16


def readout_pairs(analysis: Analysis, event: str) -> list[tuple[Document, tuple[Document, ...]]]:
    """The event's first two parties, both ways round: (the party's best official text, whose statements are
    listed; the other party's official texts, best first, which together leave them out — a point one of its
    texts skips and another makes is not left out). None with one party only (core.status.parties)."""
    texts = parties(analysis, event)[:2]
    if len(texts) < 2:
        return []
    return [(texts[0][0], tuple(texts[1])), (texts[1][0], tuple(texts[0]))]


def left_out(analysis: Analysis, says: Document, lacks: Sequence[Document]) -> tuple[str, ...]:
    """The statements of `says` that none of the texts `lacks` carries."""
    return left_out_by(analysis, says.id, [d.id for d in lacks])


def party_name(lacks: Sequence[Document]) -> str:
    """The texts that leave statements out, in running text: 'the Kremlin readout' for one, 'the White House's
    2 official texts' for several of one source (every one of them was read), each named for several sources."""
    if len(lacks) == 1:
        return the(short_name(lacks[0]))
    if len({d.source for d in lacks}) > 1:  # a side's texts from two publishers: "AGERPRES's 2 official texts"
        return and_list([the(short_name(d)) for d in lacks])  # gave the President's own post to the news agency
    name = lacks[0].source or short_name(lacks[0])
    name = f"the {name[4:]}" if name.startswith("The ") else the(name)  # "the White House's": inside a sentence
    return f"{name}'s {counted(len(lacks), 'official text')}"


def and_list(words: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c': items in running text."""
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else "".join(words)


def cut_note(lacks: Sequence[Document]) -> str:
    """The muted line under a side's omissions when the folder holds only part of one of its texts (an excerpt,
    or a text assembled from outlets' quotations): a statement it lacks may stand in the part not stored. One
    whole text beside an excerpt does not remove the doubt: the statement may stand only in the excerpt's rest."""
    cut = [d for d in lacks if d.excerpt]
    they = "it lacks" if len(lacks) == 1 else "they lack"
    if not cut:
        return ""
    if len(cut) < len(lacks):  # "one of them only in excerpt": the whole ones do not settle it
        some = "one" if len(cut) == 1 else str(len(cut))
        return f"The folder holds {some} of them only in excerpt: a statement {they} may stand in the part not stored."
    held = "an excerpt of it" if len(lacks) == 1 else "excerpts of them"
    return f"The folder holds only {held}: a statement {they} may stand in the part not stored."


def left_out_tables(cx: Composer, analysis: Analysis, events: Sequence[str]) -> None:
    """For each event exported with two parties' official texts, a table each way: the statements of one that the
    other leaves out, each with the other's closest wording and the words they share (linking/nearest.py)."""
    for event in events:
        for says, lacks in readout_pairs(analysis, event):
            only = most_reported_first(analysis, left_out(analysis, says, lacks))  # In brief's order
            rows = [_row(analysis, claim_id, [d.id for d in lacks]) for claim_id in only]
            keep_with_heading(cx, COLUMNS, rows, cx.fonts.small, cx.fonts.small_bold)
            verb = "leaves" if len(lacks) == 1 else "leave"
            cx.heading(f"{MARK[OMITTED]} What {party_name(lacks)} {verb} out of {the(short_name(says))} — "
                       f"{event} ({len(only)}{', the most reported first' if len(only) > 1 else ''})", cx.fonts.h3,
                       anchor=left_out_anchor(event, says.id))
            if not only:
                cx.paragraph("Nothing: every statement is carried.", cx.fonts.small, colour=MUTED)
                continue
            cut = cut_note(lacks)
            if cut:  # as In brief says it: the table's "left out" may stand in the part not stored
                cx.paragraph(cut, cx.fonts.small, colour=MUTED)
            table(cx, COLUMNS, rows, cx.fonts.small, cx.fonts.small_bold)


def left_out_anchor(event: str, says: str) -> str:
    """Where the full table of what the other side leaves out of `says` starts (In brief names its page)."""
    return f"leftout:{event}:{says}"


def the(name: str) -> str:
    """'the Kremlin readout', 'The White House readout': a name in running text."""
    return name if name.lower().startswith("the ") else f"the {name}"


def _row(analysis: Analysis, claim_id: str, lacks: Sequence[str]) -> list[Cell]:
    near = next((n for d in lacks if (n := closest.passage_in(analysis, claim_id, d)) is not None), None)
    words = clip(claim_shown(analysis, analysis.claim[claim_id]), CELL_CHARS)
    said = Cell(f"{MARK[OMITTED]} {words}", link=claim_anchor(claim_id),
                tint=palette.COLOR[OMITTED], tint_alpha=TEXT_TINT)
    press = Cell(capital(reach_words(analysis, claim_id)))
    if near is None:
        return [said, Cell("— nothing shares its content", colour=MUTED), Cell(""), press]
    there = clip(claim_shown(analysis, analysis.claim[near.claim]), CELL_CHARS)
    return [said, Cell(quoted(there), link=claim_anchor(near.claim)),
            Cell(", ".join(near.words) or "little"), press]
