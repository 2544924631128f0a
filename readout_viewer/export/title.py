"""Part 1 of the PDF: the title page (folder, date, contents, legend) and the table of the documents."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from readout_viewer import palette
from readout_viewer.core.model import ALTERED, EXACT, MISATTRIBUTED, Analysis, Document, Problem
from readout_viewer.export.canvas import INK, MUTED, PT, Rect, fill_op
from readout_viewer.export.documents import doc_anchor
from readout_viewer.export.notes import MARK, OMITTED
from readout_viewer.export.tables import Cell, Column, table
from readout_viewer.export.textflow import Composer

# What each status means, for the legend; the mark and colour come from notes.MARK and the shared palette.
MEANING = (
    ("agree", "the claim reports the same thing as a claim of another account"),
    ("diverge", "it reports the same thing differently: negation, number, hedge, intensity, actor or wording"),
    (OMITTED, "an official claim that some documents of the event do not carry"),
    (EXACT, "a quotation found word for word in a document of the folder"),
    (ALTERED, "a quotation whose words differ from its closest source"),
    ("not_found", "a quotation that no document of the folder carries"),
    (MISATTRIBUTED, "a statement pinned on a source that does not carry it"),
)
HOW_TO_READ = ("Claims are highlighted in the documents (part 4) with real PDF annotations: open the comment pane "
               "of your PDF reader to read, for each claim, what it agrees with, diverges from or is omitted by, "
               "with the counterpart's words. Quotations are underlined, misattributions squiggled. In tables, "
               "every status is a mark and a colour; click a cell of the coverage matrix to jump to the claim.")


def _contents_op(entries: Sequence[tuple[str, str]], pages: Mapping[str, int], cx: Composer, top: float):
    """Contents lines whose page numbers are filled in at paint time, once every page is known."""
    font, line_h, left, width = cx.fonts.body, 16 * PT, cx.left, cx.width

    def draw(p: QPainter) -> None:
        p.setFont(font)
        p.setPen(QColor(INK))
        for i, (title, key) in enumerate(entries):
            y = top + i * line_h
            p.drawText(QRectF(left, y, width * 0.8, line_h), Qt.AlignmentFlag.AlignLeft, title)
            number = pages.get(key)
            if number is not None:
                p.drawText(QRectF(left, y, width, line_h), Qt.AlignmentFlag.AlignRight, str(number + 1))
    return draw, line_h * len(entries)


def title_page(cx: Composer, folder: str, exported: str, entries: Sequence[tuple[str, str]],
               pages: Mapping[str, int], glance: str = "") -> None:
    cx.new_page(landscape=False, header="")
    cx.space(60)
    cx.page.ops.append(fill_op(Rect(cx.left, cx.y - 14 * PT, 40 * PT, 4 * PT), palette.DIVERGE))
    cx.paragraph("Readouts compared, claim by claim", cx.fonts.h1)
    cx.space(6)
    cx.paragraph(folder, cx.fonts.h3, colour=MUTED)
    cx.paragraph(f"Exported {exported} by readout-viewer", cx.fonts.small, colour=MUTED)
    if glance:
        cx.space(10)
        cx.paragraph(glance, cx.fonts.body)
    cx.space(28)
    cx.paragraph("Contents", cx.fonts.h2)
    cx.space(6)
    draw, height = _contents_op(entries, pages, cx, cx.y)
    cx.page.ops.append(draw)
    for i, (_, key) in enumerate(entries):
        cx.link(cx.page_index, Rect(cx.left, cx.y + i * 16 * PT, cx.width, 16 * PT), key)
    cx.y += height
    cx.space(20)
    legend(cx)
    cx.space(10)
    cx.paragraph(HOW_TO_READ, cx.fonts.small, colour=MUTED)


def at_a_glance(analysis: Analysis, docs: Sequence[Document]) -> str:
    """One line of figures for the title page."""
    ids = {d.id for d in docs}
    claims = sum(len(analysis.claims_of.get(i, ())) for i in ids)
    links = [lk for lk in analysis.links if lk.a.split("#", 1)[0] in ids]
    diverge = sum(1 for lk in links if lk.relation == "diverge")
    omitted = sum(1 for o in analysis.omissions if o.missing_from and o.claim.split("#", 1)[0] in ids)
    quotes = sum(1 for q in analysis.quotes if q.doc in ids)
    events = len({d.event for d in docs})
    return (f"{len(docs)} documents of {events} event{'s' if events != 1 else ''} · {claims} claims · "
            f"{len(links) - diverge} {MARK['agree']} agree and {diverge} {MARK['diverge']} diverge links · "
            f"{omitted} {MARK[OMITTED]} official claims left out somewhere · {quotes} quotations checked")


def legend(cx: Composer) -> None:
    cx.paragraph("Legend", cx.fonts.h2)
    cx.space(4)
    rows = [[Cell(MARK[key], tint=palette.COLOR[key], center=True, bold=True), Cell(palette.LABEL[key], bold=True),
             Cell(meaning)] for key, meaning in MEANING]
    table(cx, [Column("Mark", 0.6), Column("Status", 1.7), Column("Meaning", 6.0)], rows, cx.fonts.small,
          cx.fonts.small_bold)


def documents_table(cx: Composer, docs: Sequence[Document]) -> None:
    rows = []
    for d in docs:
        side = f"{d.role} · {d.side}" if d.side else d.role
        title = d.title + (f"\n{d.url}" if d.url else "")
        rows.append([Cell(d.source or "—", link=doc_anchor(d.id), bold=True), Cell(title, link=doc_anchor(d.id)),
                     Cell(d.date or "—"), Cell(side)])
    table(cx, [Column("Source", 1.5), Column("Title and address", 5.2), Column("Date", 1.1), Column("Role", 1.2)],
          rows, cx.fonts.small, cx.fonts.small_bold)


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

