"""The annotated PDF export: lay out the parts, paint them with Qt, add annotations and metadata, write atomically."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from readout_viewer.core import confidence
from readout_viewer.core import findings as core_findings
from readout_viewer.core.labels import document_labels
from readout_viewer.core.model import Analysis
from readout_viewer.core.system.atomic import write_bytes_atomic
from readout_viewer.export import canvas
from readout_viewer.export.assemble import write_pdf
from readout_viewer.export.canvas import MARGIN_BOTTOM, MARGIN_SIDE, MARGIN_TOP, MUTED, PT, RULE, Anchor, Page
from readout_viewer.export.documents import doc_anchor, render_documents
from readout_viewer.export.findings import kind_anchor
from readout_viewer.export.fonts import ensure_gui_app, make_fonts, register_family
from readout_viewer.export.pdfmeta import DocInfo
from readout_viewer.export.select import Selection, select
from readout_viewer.export.standins import readable
from readout_viewer.export.textflow import Composer
from readout_viewer.export.title import (
    Cover,
    at_a_glance,
    documents_table,
    event_heading,
    event_line,
    problems_list,
    title_page,
)

Progress = Callable[[float, str], None]
# Share of the export each step takes, measured on corpus/.
LAYOUT_SHARE, PAINT_SHARE = 0.55, 0.25
# Points between the left and right texts of the running header and footer when the left one is cut to fit.
CHROME_GAP = 12
# The parts, in order: (title in the contents and bookmarks, anchor of their first line).
PARTS = (("In brief: what each side left out, who misquoted whom", "part:brief"),
         ("Documents", "part:documents-list"), ("Summary and findings", "part:summary"),
         ("Coverage of the official statements", "part:coverage"), ("Synopsis", "part:synopsis"),
         ("Documents in full", "part:documents"))
KEYWORDS = ("diplomatic readouts", "press coverage", "claim comparison", "quotation check")


class ExportError(Exception):
    """The PDF cannot be written; the message says why, in words for a person."""


@dataclass(frozen=True)
class Options:
    """How to export: which event and synopsis documents, the paper, the author's name, the confidence floor."""

    event: str | None = None
    docs: Sequence[str] | None = None
    paper: str = "a4"
    author: str = ""
    min_score: float = 0.0


def _parts(cx: Composer, analysis: Analysis, sel: Selection, progress: Progress) -> list[tuple[str, Anchor, int]]:
    """Lay out every part after the title page; returns the bookmarks (title, where, level)."""
    from readout_viewer.export.brief import fit_brief, place_brief
    from readout_viewer.export.overview import render_summary
    from readout_viewer.export.synopsis import render_synopsis
    labels = document_labels(analysis.documents)
    found = [f for f in core_findings.findings(analysis) if analysis.document[f.doc].event in sel.events]
    limits, brief_pages = fit_brief(cx, analysis, sel.events, found)  # one page, its tier found apart
    at = len(cx.pages)
    for _ in range(brief_pages):  # kept for it: laid out last, once the page of each list it points to is known
        cx.new_page(landscape=False, header="In brief")
    cx.new_page(landscape=False, header="Documents")
    cx.heading("Documents", cx.fonts.h2, anchor="part:documents-list")
    for ev in sel.events:
        docs = [d for d in sel.documents if d.event == ev]
        event_heading(cx, ev, len(docs))
        documents_table(cx, docs)
    problems_list(cx, analysis.problems)
    progress(0.1, "Laying out the summary")
    render_summary(cx, analysis, sel, found, labels)
    progress(0.25, "Laying out the synopsis")
    render_synopsis(cx, analysis, sel, labels)
    cx.anchors.setdefault("part:documents", Anchor(len(cx.pages), cx.top))
    render_documents(cx, analysis, list(sel.documents), labels, lambda f, m: progress(0.35 + 0.65 * f, m))
    place_brief(cx, at, brief_pages, analysis, sel.events, found, limits)
    marks = [(title, cx.anchors[key], 0) for title, key in PARTS if key in cx.anchors]
    marks.insert(3, ("Findings", cx.anchors["part:findings"], 1))
    # each kind's table with rows: corpus/'s findings run fifteen pages under one bookmark (helper qa9)
    tally = core_findings.counts(found)
    marks += [(f"Findings: {core_findings.KIND_WORDS[kind]} ({tally[kind]})", cx.anchors[kind_anchor(kind)], 1)
              for kind in core_findings.KINDS if tally.get(kind) and kind_anchor(kind) in cx.anchors]
    for ev in sel.events:
        for title, key in ((f"Coverage — {ev}", f"matrix:{ev}"), (f"Synopsis — {ev}", f"synopsis:{ev}")):
            if key in cx.anchors and len(sel.events) > 1:
                marks.append((title, cx.anchors[key], 1))
    marks += [(labels[d.id], cx.anchors[doc_anchor(d.id)], 1) for d in sel.documents]
    return sorted(marks, key=lambda m: (m[1].page, m[2], m[1].y))


def _chrome(cx: Composer, folder: str, exported: str):
    """Header (document or part, thin rule) and footer (folder, date, page n of N) of every page but the first."""
    total = len(cx.pages)

    def draw(p: QPainter, index: int, page: Page) -> None:
        if index == 0:
            return
        w, h = (v * PT for v in canvas.page_size_pt(cx.paper, page.landscape))
        left, right = MARGIN_SIDE * PT, w - MARGIN_SIDE * PT
        p.setFont(cx.fonts.tiny)
        p.setPen(QColor(MUTED))
        head = QRectF(left, (MARGIN_TOP - 30) * PT, right - left, 12 * PT)
        p.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                   _beside(p, readable(page.header, cx.fonts.tiny), "readout-viewer", head.width()))
        p.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, "readout-viewer")
        p.setPen(canvas.pen(RULE, 0.4))
        p.drawLine(int(left), int(head.bottom() + 3 * PT), int(right), int(head.bottom() + 3 * PT))
        p.setPen(QColor(MUTED))
        foot = QRectF(left, h - (MARGIN_BOTTOM - 20) * PT, right - left, 12 * PT)
        page_n = f"Page {index + 1} of {total}"
        p.drawText(foot, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                   _beside(p, readable(f"{folder} · exported {exported}", cx.fonts.tiny), page_n, foot.width()))
        p.drawText(foot, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, page_n)
    return draw


def _beside(p: QPainter, left: str, right: str, width: float) -> str:
    """`left` cut in its middle (its start and its date stay) to leave `right` its room on the same line."""
    metrics = QFontMetricsF(p.font(), p.device())
    room = width - metrics.horizontalAdvance(right) - CHROME_GAP * PT
    return metrics.elidedText(left, Qt.TextElideMode.ElideMiddle, max(room, 0.0))


def doc_info(analysis: Analysis, sel: Selection, options: Options, created: datetime) -> DocInfo:
    """Title, author, subject and keywords of the file: the events and the sources, never a local path."""
    events = [e or "(no event)" for e in sel.events]
    sources = sorted({d.source for d in sel.documents if d.source})
    subject = (f"Official readouts and press reports of {', '.join(events)} compared statement by statement: "
               "agreements, divergences, omissions, quotations and attributions.")
    return DocInfo(title=f"Readouts compared: {', '.join(events)}", subject=subject, created=created,
                   author=options.author, keywords=(*KEYWORDS, *events, *sources))


def render(analysis: Analysis, sel: Selection, options: Options, progress: Progress) -> bytes:
    """The finished PDF as bytes."""
    ensure_gui_app()
    fonts = make_fonts(register_family())
    folder = Path(analysis.root).name or "folder"  # the folder's name only: a path would show the sender's disk
    created = datetime.now().astimezone()
    exported = created.strftime("%Y-%m-%d %H:%M")
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = canvas.new_writer(buf, options.paper, f"Readouts compared: {event_line(sel.events)}")
    cx = Composer(writer, fonts, options.paper)
    starts: dict[str, int] = {}
    cover = Cover(sel.events, folder, exported, options.author, options.min_score)
    title_page(cx, cover, PARTS, starts, at_a_glance(analysis, sel.documents))
    bookmarks = [("Title, contents and legend", Anchor(0, 0.0), 0)]
    bookmarks += _parts(cx, analysis, sel, lambda f, m: progress(LAYOUT_SHARE * f, m))
    starts.update({key: cx.anchors[key].page for _, key in PARTS if key in cx.anchors})
    canvas.paint(writer, cx.pages, _chrome(cx, folder, exported),
                 lambda f: progress(LAYOUT_SHARE + PAINT_SHARE * f, "Drawing pages"))
    sizes = [canvas.page_size_pt(options.paper, pg.landscape) for pg in cx.pages]
    done = LAYOUT_SHARE + PAINT_SHARE
    return write_pdf(bytes(buf.data().data()), cx.marks, cx.links, cx.anchors, sizes, bookmarks,
                     doc_info(analysis, sel, options, created),
                     lambda f: progress(done + (1 - done) * f, "Adding annotations"))


def export_pdf(analysis: Analysis, out: Path, *, event: str | None = None, docs: Sequence[str] | None = None,
               paper: str = "a4", author: str = "", min_score: float = 0.0,
               progress: Callable[[float, str], None] | None = None) -> None:
    """Write the annotated PDF of `analysis` to `out`; raises ExportError (or SelectionError) with a message.

    `min_score` leaves out what the engine scored lower (core.confidence), in every part alike.
    """
    options = Options(event, docs, paper, author, min_score)
    if paper not in canvas.PAPERS:
        raise ExportError(f"unknown paper '{paper}'; use one of {', '.join(canvas.PAPERS)}")
    if not 0.0 <= min_score <= 1.0:
        raise ExportError(f"the confidence floor must be between 0 and 1, not {min_score}")
    out = Path(out)
    if not out.parent.is_dir():
        raise ExportError(f"cannot write {out}: the folder {out.parent} does not exist")
    analysis = confidence.at_least(analysis, min_score)
    sel = select(analysis, event, docs)
    if not sel.documents:
        raise ExportError("there is no document to export")
    report = progress or (lambda f, m: None)
    data = render(analysis, sel, options, report)
    try:
        write_bytes_atomic(out, data)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
    report(1.0, f"Wrote {out}")
