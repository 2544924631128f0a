"""Part 1 of the PDF: the title page (event, folder, contents, legend) and the table of the documents."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from readout_viewer import palette
from readout_viewer.core.labels import EXCERPT_WORD, left_out_count, statements_told
from readout_viewer.core.model import Analysis, Document, Problem
from readout_viewer.export.canvas import INK, MUTED, PT, Rect, fill_op
from readout_viewer.export.documents import doc_anchor
from readout_viewer.export.notes import MARK, OMITTED, UNLINKED
from readout_viewer.export.standins import readable
from readout_viewer.export.tables import Cell, Column, table
from readout_viewer.export.textflow import Composer

# Every mark the PDF uses, how it looks in Documents in full and what it means, in the order of the parts.
LEGEND = (
    ("agree", "green tint, solid line", "the statement reports the same thing as a statement of another account"),
    ("diverge", "vermillion tint, wavy line",
     "it reports the same thing differently: negation, number, hedge, intensity, actor or wording"),
    (OMITTED, "sky-blue tint, dotted line", "an official statement that some documents of the event leave out"),
    (UNLINKED, "no tint", "not linked: a statement no other account carries, or text that states nothing about "
     "the event (a question, a caption, page furniture)"),
    ("exact", "blue line under the words", "a quotation found word for word in a document of the folder"),
    ("altered", "purple line under the words", "a quotation whose words differ from its closest source"),
    ("not_found", "orange line under the words", "a quotation that no document of the folder carries"),
    ("misattributed", "yellow squiggle", "a statement pinned on a source that does not carry it, while another "
     "document does"),
    ("unsupported", "yellow squiggle", "a statement pinned on a source that does not carry it, and no document "
     "of the folder does"),
)
HOW_TO_READ = ("Statements are highlighted in the last part, Documents in full, with real PDF annotations: open "
               "the comment pane of your PDF reader to read, for each one, what it agrees with, diverges from or is "
               "left out by, with the counterpart's words; links an analyst made or confirmed say so. Quotations are "
               "underlined, attributions squiggled, analyst notes sit in the margin. Every row of a table and "
               "every cell of a coverage matrix jumps to its place when clicked.")
CONTENTS_LINE = 16.0  # points between the lines of the contents


@dataclass(frozen=True)
class Cover:
    """What the title page says about the export: the events, the folder's name, when, by whom, what floor."""

    events: tuple[str, ...]
    folder: str
    exported: str
    author: str = ""
    min_score: float = 0.0


def _contents_op(entries: Sequence[tuple[str, str]], pages: Mapping[str, int], cx: Composer, top: float):
    """Contents lines whose page numbers are filled in at paint time, once every page is known."""
    font, line_h, left, width = cx.fonts.body, CONTENTS_LINE * PT, cx.left, cx.width

    def draw(p: QPainter) -> None:
        p.setFont(font)
        p.setPen(QColor(INK))
        for i, (title, key) in enumerate(entries):
            y = top + i * line_h
            p.drawText(QRectF(left, y, width * 0.8, line_h), Qt.AlignmentFlag.AlignLeft, readable(title, font))
            number = pages.get(key)
            if number is not None:
                p.drawText(QRectF(left, y, width, line_h), Qt.AlignmentFlag.AlignRight, str(number + 1))
    return draw, line_h * len(entries)


def event_line(events: Sequence[str]) -> str:
    names = [e or "(no event)" for e in events]
    return f"Event: {names[0]}" if len(names) == 1 else f"{len(names)} events: " + " · ".join(names)


def title_page(cx: Composer, cover: Cover, entries: Sequence[tuple[str, str]], pages: Mapping[str, int],
               glance: str = "") -> None:
    cx.new_page(landscape=False, header="")
    cx.space(48)
    cx.page.ops.append(fill_op(Rect(cx.left, cx.y - 14 * PT, 40 * PT, 4 * PT), palette.DIVERGE))
    cx.paragraph("Readouts compared, claim by claim", cx.fonts.h1)
    cx.space(6)
    cx.paragraph(event_line(cover.events), cx.fonts.h3)
    by = f" · prepared by {cover.author}" if cover.author else ""
    cx.paragraph(f"Folder “{cover.folder}” · exported {cover.exported} by readout-viewer{by}", cx.fonts.small,
                 colour=MUTED)
    if cover.min_score > 0:
        cx.paragraph(f"Confidence floor {cover.min_score:.2f}: links, attributions and reports the engine scored "
                     "lower are left out of every part.", cx.fonts.small, colour=MUTED)
    if glance:
        cx.space(8)
        cx.paragraph(glance, cx.fonts.body)
    cx.space(20)
    cx.paragraph("Contents", cx.fonts.h2)
    cx.space(4)
    draw, height = _contents_op(entries, pages, cx, cx.y)
    cx.page.ops.append(draw)
    for i, (_, key) in enumerate(entries):
        cx.link(cx.page_index, Rect(cx.left, cx.y + i * CONTENTS_LINE * PT, cx.width, CONTENTS_LINE * PT), key)
    cx.y += height
    cx.space(16)
    legend(cx)
    cx.space(8)
    cx.paragraph(HOW_TO_READ, cx.fonts.small, colour=MUTED)


def at_a_glance(analysis: Analysis, docs: Sequence[Document]) -> str:
    """One line of figures for the title page."""
    ids = {d.id for d in docs}
    links = [lk for lk in analysis.links if lk.a.split("#", 1)[0] in ids]
    diverge = sum(1 for lk in links if lk.relation == "diverge")
    omitted = left_out_count(analysis, ids)
    events = len({d.event for d in docs})
    statements = statements_told(analysis, ids, others=False)  # the count the CLI and the viewer give
    return (f"{len(docs)} documents of {events} event{'s' if events != 1 else ''} · {statements} · "
            f"{len(links) - diverge} {MARK['agree']} agree and {diverge} {MARK['diverge']} diverge links · "
            f"{omitted} {MARK[OMITTED]} official statements left out somewhere · {quotations(analysis, ids)}")


def quotations(analysis: Analysis, ids: set[str]) -> str:
    """"23 quotations checked: 1 exact, 14 not found, 8 pinned on a source the folder lacks": the parts add up to
    the whole (helper qa4, the Sánchez–Xi meeting), counted as the CLI's summary counts them (core.summary)."""
    from readout_viewer.core.summary import quotations_told
    return quotations_told(analysis, ids)


def legend(cx: Composer) -> None:
    cx.paragraph("Legend", cx.fonts.h2)
    cx.space(4)
    rows = [[Cell(MARK[key], tint=None if key == UNLINKED else palette.COLOR[key], center=True, bold=True),
             Cell(palette.LABEL[key], bold=True), Cell(looks, sample=key), Cell(meaning)]
            for key, looks, meaning in LEGEND]
    rows.append([Cell(""), Cell("analyst", bold=True), Cell("a note icon in the margin; “linked by an analyst”"),
                 Cell("a link, a relation or a note an analyst made or confirmed in the viewer")])
    table(cx, [Column("Mark", 0.75), Column("Status", 1.6), Column("In the documents", 2.2), Column("Meaning", 5.0)],
          rows, cx.fonts.small, cx.fonts.small_bold)


# The Documents table's columns. A source's longest word must fit its column on one line: at 1.5 of 9, an agency's
# "(the Romanian Presidential Administration's account …)" broke as "Administration'" / "s" and a handle as
# "(@KlausIohanni" / "s on X)" (helper qa2, the Iohannis–Zelenskyy call); the title and its address wrap freely.
DOCUMENT_COLUMNS = [Column("Source", 2.0), Column("Title and address", 4.7), Column("Date", 1.1), Column("Role", 1.2)]


def documents_table(cx: Composer, docs: Sequence[Document]) -> None:
    rows = []
    for d in docs:
        side = f"{d.role} · {d.side}" if d.side else d.role
        kind = ", ".join(x for x in (d.kind, EXCERPT_WORD if d.excerpt else "") if x)
        title = d.title + (f" ({kind})" if kind else "") + (f"\n{d.url}" if d.url else "")
        rows.append([Cell(d.source or "—", link=doc_anchor(d.id), bold=True),
                     Cell(title, link=doc_anchor(d.id), uri=d.url or ""), Cell(d.date or "—"), Cell(side)])
    table(cx, DOCUMENT_COLUMNS, rows, cx.fonts.small, cx.fonts.small_bold)


def event_heading(cx: Composer, event: str, count: int) -> None:
    cx.heading(f"{event or '(no event)'} — {count} document{'s' if count != 1 else ''}", cx.fonts.h3,
               before=8, after=4)


def problems_list(cx: Composer, problems: Sequence[Problem]) -> None:
    """Files of the folder that could not be read, so that a reader knows what the comparison leaves out."""
    if not problems:
        return
    cx.heading("Files not compared", cx.fonts.h3, before=12, after=4)
    table(cx, [Column("File", 2.5), Column("Why", 6.0)], [[Cell(p.path), Cell(p.message)] for p in problems],
          cx.fonts.small, cx.fonts.small_bold)
