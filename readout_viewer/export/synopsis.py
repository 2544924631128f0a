"""Part 3 of the PDF: per event, the sides' readouts and chosen outlets in columns, linked statements on one row."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat, QTextLayout

from readout_viewer import palette
from readout_viewer.core.labels import CONTINUES, EXCERPT_WORD, continues
from readout_viewer.core.language.worddiff import EQUAL, diff_text
from readout_viewer.core.model import Analysis, Document
from readout_viewer.export.canvas import INK, MUTED, PT, RULE, Rect, fill_op, line_op
from readout_viewer.export.documents import claim_anchor
from readout_viewer.export.notes import MARK, UNLINKED, clip
from readout_viewer.export.select import Selection
from readout_viewer.export.synrows import (
    Row,
    Run,
    collapse,
    diverging_partners,
    numbers,
    relation_in_row,
    synopsis_rows,
)
from readout_viewer.export.textflow import Composer, text_op

GUTTER = 10.0  # points between columns: enough white to separate them without rules
CLAIM_GAP = 3.0  # points between two statements stacked in one cell
CELL_PAD = 2.5  # points of tint around a statement's text
BAR = 2.0  # width (points) of the coloured bar left of a statement: the colour shows even under a faint tint
# Tint behind a statement: the colour reads at a glance, the text stays as legible as on white paper.
TINT = 0.16
# Behind the words a diverging statement has and its counterpart on the row lacks: twice the cell's tint.
CHANGED_TINT = 0.4
# Changed words are marked only when the closest diverging counterpart shares at least this share of the
# statement's characters: below it the two are worded apart altogether, and marking nearly every word says nothing.
MIN_SHARED = 0.35
_QUOTED = re.compile(r"“([^”]+)”")  # the words a link's detail quotes as the reason it diverges
# A statement in the synopsis is cut here; its full text is in Documents in full, one click away.
SYNOPSIS_CHARS = 600
# A row up to this share of a page moves whole to the next page rather than split; taller ones are split
# between statements, so that pages are not left half empty.
KEEP_WHOLE = 0.3
INTRO = ("Each row holds statements that report the same thing: every link between two columns joins statements "
         "of one row, however many on each side. Rows follow the first column; a column that tells things in "
         "another order shows its numbers out of order rather than split a link. Statements with no counterpart "
         "in the other columns stand on rows of their own (runs of them on one grey line, one click from their "
         "text). ✓ agrees, ≠ diverges (in bold on a darker tint: the words that make it diverge, and, when the "
         "two are worded alike, the words its counterpart lacks), ∅ an official statement the other columns "
         "leave out, · not linked. Click a statement to read it in its document.")


@dataclass(frozen=True)
class Item:
    """One statement laid out in a cell."""

    claim: str
    relation: str
    layout: QTextLayout


def _column_header(cx: Composer, docs: Sequence[Document], labels: Mapping[str, str], width: float) -> None:
    lays = [cx.layout(labels[d.id], cx.fonts.small_bold, width) for d in docs]
    metas = [cx.layout(_meta(d), cx.fonts.small, width) for d in docs]
    height = max(cx.height_of(a) + cx.height_of(b) for a, b in zip(lays, metas)) + 4 * PT
    cx.need(height + 60 * PT)
    for i, (a, b) in enumerate(zip(lays, metas)):
        x = cx.left + i * (width + GUTTER * PT)
        cx.page.ops.append(text_op(a, QPointF(x, cx.y), INK))
        cx.page.ops.append(text_op(b, QPointF(x, cx.y + cx.height_of(a)), MUTED))
    cx.y += height
    cx.page.ops.append(line_op(cx.left, cx.y, cx.left + cx.width, cx.y, INK, 0.8))
    cx.space(4)


def _meta(doc: Document) -> str:
    what = " ".join(x for x in (doc.role, f"({doc.side})" if doc.side else "", doc.kind or "") if x)
    return what + (f" · {EXCERPT_WORD}" if doc.excerpt else " · whole text")


def changed_spans(analysis: Analysis, claim_id: str, partners: Sequence[str]) -> list[tuple[int, int]]:
    """[start, end) offsets in the claim's text of the words its closest diverging partner lacks; none when even
    the closest one shares too little wording for a word-by-word comparison to mean anything."""
    best: tuple[float, list] = (0.0, [])
    for partner in partners:
        ops = diff_text(analysis.claim[claim_id].text, analysis.claim[partner].text)
        shared = sum(len(w) for op, w in ops if op == EQUAL)
        mine = sum(len(w) for op, w in ops if op <= 0)
        if mine and shared / mine > best[0]:
            best = (shared / mine, ops)
    if best[0] < MIN_SHARED:
        return []
    spans, at = [], 0
    for op, words in best[1]:
        if op <= 0:
            if op < 0 and words.strip():
                spans.append((at, at + len(words)))
            at += len(words)
    return spans


def cue_spans(analysis: Analysis, claim_id: str, partners: Sequence[str]) -> list[tuple[int, int]]:
    """[start, end) offsets in the claim's text of the words the engine gives as the reason of each divergence
    (quoted in the link's detail: “allegedly”, “lack of progress…”), wherever the claim has them."""
    text = analysis.claim[claim_id].text.casefold()
    spans = []
    for link in analysis.links_of.get(claim_id, ()):
        if link.other(claim_id) not in partners or not link.detail:
            continue
        for phrase in _QUOTED.findall(link.detail):
            phrase = phrase.rstrip("…. ").casefold()
            at = text.find(phrase) if phrase else -1
            while at >= 0:
                spans.append((at, at + len(phrase)))
                at = text.find(phrase, at + len(phrase))
    return spans


def _formats(spans: Sequence[tuple[int, int]], offset: int, limit: int) -> list[QTextLayout.FormatRange]:
    out = []
    colour = QColor(palette.COLOR["diverge"])
    colour.setAlphaF(CHANGED_TINT)
    for s, e in spans:
        s, e = s + offset, min(e + offset, limit)
        if s >= e:
            continue
        fr = QTextLayout.FormatRange()
        fr.start, fr.length = s, e - s
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setBackground(QBrush(colour))
        fr.format = fmt
        out.append(fr)
    return out


def _cell(cx: Composer, analysis: Analysis, row: Row, cell: Sequence[str], width: float,
          columns: Sequence[str]) -> list[Item]:
    out = []
    inner = width - (2 * CELL_PAD + BAR) * PT
    for cid in cell:
        rel = relation_in_row(analysis, cid, columns)
        claim = analysis.claim[cid]
        cut = CONTINUES if continues(analysis.document[claim.doc].text, claim.start, claim.text) else ""
        head = f"{MARK[rel]} {cid.rsplit('#', 1)[-1]}. {cut}"  # the changed spans count from the claim's first word
        body = clip(claim.text, SYNOPSIS_CHARS)
        partners = diverging_partners(analysis, cid, row) if rel == "diverge" else []
        spans = changed_spans(analysis, cid, partners) + cue_spans(analysis, cid, partners) if partners else []
        formats = _formats(spans, len(head), len(head) + len(body))
        out.append(Item(cid, rel, cx.layout(head + body, cx.fonts.small, inner, formats)))
    return out


def _cell_height(cx: Composer, items: Sequence[Item]) -> float:
    if not items:
        return 0.0
    return sum(cx.height_of(it.layout) + 2 * CELL_PAD * PT for it in items) + CLAIM_GAP * PT * (len(items) - 1)


def _draw_cell(cx: Composer, items: Sequence[Item], x: float, width: float) -> None:
    y = cx.y
    for it in items:
        h = cx.height_of(it.layout) + 2 * CELL_PAD * PT
        box = Rect(x, y, width, h)
        if it.relation != UNLINKED:
            cx.page.ops.append(fill_op(box, palette.COLOR[it.relation], TINT))
            cx.page.ops.append(fill_op(Rect(x, y, BAR * PT, h), palette.COLOR[it.relation]))
        colour = INK if it.relation != UNLINKED else MUTED
        cx.page.ops.append(text_op(it.layout, QPointF(x + (BAR + CELL_PAD) * PT, y + CELL_PAD * PT), colour))
        cx.link(cx.page_index, box, claim_anchor(it.claim))
        y += h + CLAIM_GAP * PT


def _fitting(cx: Composer, items: Sequence[Item], room: float) -> int:
    """How many of a cell's statements fit in `room` device units."""
    n = 0
    while n < len(items) and _cell_height(cx, items[: n + 1]) <= room:
        n += 1
    return n


class _Table:
    """The synopsis of one event being laid out: its columns, their width and labels."""

    def __init__(self, cx: Composer, docs: Sequence[Document], labels: Mapping[str, str]) -> None:
        self.cx, self.docs, self.labels = cx, docs, labels
        self.width = (cx.width - GUTTER * PT * (len(docs) - 1)) / len(docs)

    def header(self) -> None:
        _column_header(self.cx, self.docs, self.labels, self.width)

    def run(self, run: Run) -> None:
        """A run of statements linked to nothing in the other columns: one grey line in its column."""
        cx = self.cx
        n = len(run.claims)
        what = f"{MARK[UNLINKED]} {numbers(run.claims)}: {n} statement{'s' if n != 1 else ''} not linked to the " \
               "other columns (click to read)"
        lay = cx.layout(what, cx.fonts.small_italic, self.width - (BAR + CELL_PAD) * PT)
        cx.need(cx.height_of(lay) + 2 * CELL_PAD * PT)
        x = cx.left + run.column * (self.width + GUTTER * PT)
        cx.page.ops.append(text_op(lay, QPointF(x + (BAR + CELL_PAD) * PT, cx.y + CELL_PAD * PT), MUTED))
        box = Rect(x, cx.y, self.width, cx.height_of(lay) + 2 * CELL_PAD * PT)
        cx.link(cx.page_index, box, claim_anchor(run.claims[0]))
        cx.y += box.h + 2 * PT
        cx.page.ops.append(line_op(cx.left, cx.y, cx.left + cx.width, cx.y, RULE, 0.3))
        cx.space(3)

    def place(self, cells: list[list[Item]], after_break: bool) -> tuple[list[list[Item]], bool]:
        """Draw as much of a row as fits (whole statements); returns what is left and whether the page broke
        instead. A short row that does not fit goes whole to a new page; a taller one is split between
        statements, its rest marked as continued."""
        cx = self.cx
        room = cx.bottom - cx.y
        full = max(_cell_height(cx, items) for items in cells)
        counts = [_fitting(cx, items, room) for items in cells]
        if full > room and not after_break and (full <= KEEP_WHOLE * (cx.bottom - cx.top) or not any(counts)):
            cx.new_page()
            self.header()
            return cells, True
        counts = [max(n, 1 if items else 0) for n, items in zip(counts, cells)]  # a statement taller than a page
        height = max(_cell_height(cx, items[:n]) for items, n in zip(cells, counts))
        for i, (items, n) in enumerate(zip(cells, counts)):
            _draw_cell(cx, items[:n], cx.left + i * (self.width + GUTTER * PT), self.width)
        cx.y += height + 3 * PT
        rest = [items[n:] for items, n in zip(cells, counts)]
        if any(rest):
            cx.paragraph("The row goes on on the next page.", cx.fonts.small_italic, colour=MUTED)
            cx.new_page()
            self.header()
            cx.paragraph("(continued) The row of the previous page goes on.", cx.fonts.small_italic, colour=MUTED)
            return rest, True
        cx.page.ops.append(line_op(cx.left, cx.y, cx.left + cx.width, cx.y, RULE, 0.3))
        cx.space(3)
        return rest, False


def render_event(cx: Composer, analysis: Analysis, sel: Selection, event: str, labels: Mapping[str, str]) -> None:
    columns = sel.columns.get(event, ())
    docs = [analysis.document[c] for c in columns]
    cx.new_page(landscape=True, header=f"Synopsis — {event or '(no event)'}")
    cx.heading(f"Synopsis — {event or '(no event)'}", cx.fonts.h2, before=0, after=2, anchor=f"synopsis:{event}")
    cx.paragraph(INTRO, cx.fonts.small_italic, colour=MUTED)
    others = sel.left_out(analysis, event)
    if others:
        cx.paragraph("Not in these columns: " + "; ".join(labels[d.id] for d in others)
                     + ". Choose the columns with --docs, or in the export dialog.", cx.fonts.small, colour=MUTED)
    cx.space(6)
    if not docs:
        cx.paragraph("No document to set side by side in this event.", cx.fonts.small)
        return
    table = _Table(cx, docs, labels)
    table.header()
    for row in collapse(analysis, synopsis_rows(analysis, columns), columns):
        if isinstance(row, Run):
            table.run(row)
            continue
        cells = [_cell(cx, analysis, row, cell, table.width, columns) for cell in row]
        broke = False
        while any(cells):
            cells, broke = table.place(cells, broke)


def render_synopsis(cx: Composer, analysis: Analysis, sel: Selection, labels: Mapping[str, str]) -> None:
    for i, ev in enumerate(sel.events):
        render_event(cx, analysis, sel, ev, labels)
        if i == 0:
            cx.anchors.setdefault("part:synopsis", cx.anchors[f"synopsis:{ev}"])
