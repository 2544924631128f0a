"""The annotated PDF export: lay out the four parts, paint them with Qt, annotate with pypdf, write atomically."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from readout_viewer.core.atomic import write_bytes_atomic
from readout_viewer.core.model import Analysis
from readout_viewer.export import canvas
from readout_viewer.export.annotate import annotate
from readout_viewer.export.canvas import MARGIN_BOTTOM, MARGIN_SIDE, MARGIN_TOP, MUTED, PT, RULE, Page
from readout_viewer.export.documents import doc_anchor, render_documents
from readout_viewer.export.fonts import ensure_gui_app, make_fonts, register_family
from readout_viewer.export.notes import doc_name
from readout_viewer.export.select import Selection, select
from readout_viewer.export.textflow import Composer
from readout_viewer.export.title import at_a_glance, documents_table, event_heading, problems_list, title_page

Progress = Callable[[float, str], None]
# Share of the export each step takes, measured on corpus/ (annotating hundreds of notes is not free).
LAYOUT_SHARE, PAINT_SHARE = 0.45, 0.30


class ExportError(Exception):
    """The PDF cannot be written; the message says why, in words for a person."""


def _parts(cx: Composer, analysis: Analysis, sel: Selection, progress: Progress) -> list[tuple[str, int, int]]:
    """Lay out every part after the title page; returns the bookmarks (title, page, level)."""
    from readout_viewer.export.overview import render_summary
    from readout_viewer.export.synopsis import render_synopsis
    outline: list[tuple[str, int, int]] = []
    cx.new_page(landscape=False, header="Documents")
    outline.append(("Documents", cx.page_index, 0))
    cx.heading("Documents", cx.fonts.h2, anchor="part:documents-list")
    for ev in sel.events:
        docs = [d for d in sel.documents if d.event == ev]
        event_heading(cx, ev, len(docs))
        documents_table(cx, docs)
    problems_list(cx, analysis.problems)
    progress(0.1, "Laying out the summary")
    outline.append(("Summary", len(cx.pages), 0))
    render_summary(cx, analysis, sel)
    progress(0.2, "Laying out the synopsis")
    outline.append(("Synopsis", len(cx.pages), 0))
    render_synopsis(cx, analysis, sel)
    outline.append(("Documents in full", len(cx.pages), 0))
    first = len(cx.pages)
    render_documents(cx, analysis, list(sel.documents), lambda f, m: progress(0.3 + 0.7 * f, m))
    outline += [(doc_name(d), cx.anchors[doc_anchor(d.id)].page, 1) for d in sel.documents]
    cx.anchors.setdefault("part:documents", canvas.Anchor(first, cx.top))
    return outline


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
        p.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, page.header)
        p.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, "readout-viewer")
        p.setPen(canvas.pen(RULE, 0.4))
        p.drawLine(int(left), int(head.bottom() + 3 * PT), int(right), int(head.bottom() + 3 * PT))
        p.setPen(QColor(MUTED))
        foot = QRectF(left, h - (MARGIN_BOTTOM - 20) * PT, right - left, 12 * PT)
        p.drawText(foot, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, f"{folder} · exported {exported}")
        p.drawText(foot, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"Page {index + 1} of {total}")
    return draw


def render(analysis: Analysis, sel: Selection, paper: str, progress: Progress) -> bytes:
    """The finished PDF as bytes."""
    ensure_gui_app()
    fonts = make_fonts(register_family())
    folder = Path(analysis.root).name or str(analysis.root)
    exported = datetime.now().strftime("%Y-%m-%d %H:%M")
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = canvas.new_writer(buf, paper, f"Readouts compared: {folder}")
    cx = Composer(writer, fonts, paper)
    entries = [("Documents", "part:documents-list"), ("Summary", "part:summary"), ("Synopsis", "part:synopsis"),
               ("Documents in full", "part:documents")]
    starts: dict[str, int] = {}
    title_page(cx, str(analysis.root), exported, entries, starts, at_a_glance(analysis, sel.documents))
    outline = [("Title and legend", 0, 0)]
    outline += _parts(cx, analysis, sel, lambda f, m: progress(LAYOUT_SHARE * f, m))
    starts.update({key: cx.anchors[key].page for _, key in entries if key in cx.anchors})
    canvas.paint(writer, cx.pages, _chrome(cx, folder, exported),
                 lambda f: progress(LAYOUT_SHARE + PAINT_SHARE * f, "Drawing pages"))
    data = bytes(buf.data().data())
    sizes = [canvas.page_size_pt(paper, pg.landscape) for pg in cx.pages]
    done = LAYOUT_SHARE + PAINT_SHARE
    return annotate(data, cx.marks, cx.links, cx.anchors, sizes, outline,
                    lambda f: progress(done + (1 - done) * f, "Adding annotations"))


def export_pdf(analysis: Analysis, out: Path, *, event: str | None = None, docs: Sequence[str] | None = None,
               paper: str = "a4", progress: Callable[[float, str], None] | None = None) -> None:
    """Write the annotated PDF of `analysis` to `out`; raises ExportError (or SelectionError) with a message."""
    if paper not in canvas.PAPERS:
        raise ExportError(f"unknown paper '{paper}'; use one of {', '.join(canvas.PAPERS)}")
    out = Path(out)
    if not out.parent.is_dir():
        raise ExportError(f"cannot write {out}: the folder {out.parent} does not exist")
    sel = select(analysis, event, docs)
    if not sel.documents:
        raise ExportError("there is no document to export")
    report = progress or (lambda f, m: None)
    data = render(analysis, sel, paper, report)
    try:
        write_bytes_atomic(out, data)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
    report(1.0, f"Wrote {out}")
