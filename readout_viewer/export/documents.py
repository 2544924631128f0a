"""Part 4 of the PDF: every document in full, its claims, quotes and attributions marked with annotations."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

from readout_viewer import docnote, palette
from readout_viewer.core.findings import pinned_on_unheld
from readout_viewer.core.labels import EXCERPT_WORD
from readout_viewer.core.language.text import paragraph_spans
from readout_viewer.core.model import Analysis, Document
from readout_viewer.export.canvas import INK, LINK, MUTED, PT, Anchor, Mark, Rect, fill_op
from readout_viewer.export.notes import (
    MARK,
    OMITTED,
    UNLINKED,
    attribution_note,
    claim_status,
    quote_note,
    relation_of,
)
from readout_viewer.export.textflow import Composer, Decor, Placed

# How the header of a document counts its claims, by relation, in this order.
COUNT_WORDS = {"agree": "agree", "diverge": "diverge", OMITTED: "left out by others", UNLINKED: "not linked"}
# Analyst notes: an icon this size (points), this far right of the text, in the yellow of paper sticky notes.
NOTE_ICON = 14.0
NOTE_GAP = 8.0
NOTE_COLOUR = "#F0E442"
# Space between paragraphs, in points: visibly a new paragraph without wasting paper.
PARAGRAPH_GAP = 5.0
# Quotes and attributions get their own kind of markup so they read apart from the claim highlights.
QUOTE_KIND = "underline"
ATTRIBUTION_KIND = "squiggly"


def claim_anchor(claim_id: str) -> str:
    return f"claim:{claim_id}"


def quote_anchor(doc_id: str, start: int) -> str:
    return f"quote:{doc_id}:{start}"


def doc_anchor(doc_id: str) -> str:
    return f"doc:{doc_id}"


def attribution_anchor(doc_id: str, start: int) -> str:
    return f"attribution:{doc_id}:{start}"


def _items_by_paragraph(items: list[tuple[int, int]], paras: Iterable[tuple[int, int]]) -> Iterator[list[int]]:
    """For each paragraph in text order, the indices (ascending) of the items that overlap it.

    One sweep over the items sorted by start, so a long document costs items + paragraphs, not their product
    (every span handed to the layout is measured against every line of the paragraph).
    """
    order = sorted(range(len(items)), key=lambda k: items[k][0])
    nxt, open_ = 0, []
    for ps, pe in paras:
        while nxt < len(order) and items[order[nxt]][0] < pe:
            open_.append(order[nxt])
            nxt += 1
        open_ = [k for k in open_ if items[k][1] > ps]
        yield sorted(open_)


def _meta_line(doc: Document) -> str:
    role = f"{doc.role} ({doc.side})" if doc.side else doc.role
    bits = [doc.source, doc.date, role, doc.kind, EXCERPT_WORD if doc.excerpt else None]
    return " · ".join(b for b in bits if b)


def _counts_line(analysis: Analysis, doc: Document) -> str:
    counts: dict[str, int] = {}
    for c in analysis.claims_of.get(doc.id, ()):
        rel = relation_of(analysis, c.id)
        counts[rel] = counts.get(rel, 0) + 1
    parts = [f"{MARK[r]} {counts[r]} {COUNT_WORDS[r]}" for r in COUNT_WORDS if counts.get(r)]
    quotes = analysis.quotes_in(doc.id)
    if quotes:
        parts.append(f"{len(quotes)} quotation{'s' if len(quotes) != 1 else ''} checked")
    return f"{sum(counts.values())} claims: " + ", ".join(parts)


def _header(cx: Composer, analysis: Analysis, doc: Document, labels: Mapping[str, str]) -> None:
    cx.new_page(landscape=False, header=labels[doc.id])
    cx.anchor(doc_anchor(doc.id))
    cx.paragraph(doc.title, cx.fonts.h2)
    cx.space(2)
    cx.paragraph(_meta_line(doc), cx.fonts.small, colour=MUTED)
    if doc.url:
        address(cx, doc.url)
    if said := docnote.note(doc):  # what the text is and where it comes from ("assembled from … quotation")
        cx.paragraph(f"{docnote.NOTE_HEAD} {said}", cx.fonts.small_italic, colour=MUTED)
    cx.paragraph(_counts_line(analysis, doc), cx.fonts.small_italic, colour=MUTED)
    cx.space(4)
    cx.page.ops.append(fill_op(Rect(cx.left, cx.y, cx.width, 0.6 * PT), palette.NEUTRAL))
    cx.space(8)


def address(cx: Composer, url: str) -> None:
    """A web address on its own line, in link blue, that opens in the reader's browser when clicked."""
    placed = cx.paragraph(url, cx.fonts.small, colour=LINK, spans=[(0, len(url))])
    for page, rect in placed[0].boxes:
        cx.link_uri(page, rect, url)


def render_document(cx: Composer, analysis: Analysis, doc: Document, labels: Mapping[str, str]) -> None:
    """Lay out one document in full and record its annotations and claim anchors; a paragraph holding no statement
    (a repeated headline, a byline, a caption, page furniture) is printed in the muted grey, as the viewer shows it."""
    _header(cx, analysis, doc, labels)
    claims = analysis.claims_of.get(doc.id, ())
    quotes = analysis.quotes_in(doc.id)
    atts = [a for a in analysis.attributions_in(doc.id) if a.verdict != "supported"]
    items = [(c.start, c.end) for c in claims] + [(q.start, q.end) for q in quotes] + [(a.start, a.end) for a in atts]
    boxes: list[list] = [[] for _ in items]
    relations = [relation_of(analysis, c.id) for c in claims]
    text = doc.text
    paras = list(paragraph_spans(text))
    for (ps, pe), inside in zip(paras, _items_by_paragraph(items, paras)):
        decor = [Decor(max(items[k][0], ps) - ps, min(items[k][1], pe) - ps, palette.COLOR[relations[k]],
                       palette.STYLE[relations[k]]) for k in inside if k < len(claims) and relations[k] != UNLINKED]
        local = [(max(items[k][0], ps) - ps, min(items[k][1], pe) - ps) for k in inside]
        stated = any(k < len(claims) and claims[k].is_statement for k in inside)
        placed = cx.paragraph(text[ps:pe].replace("\n", " "), cx.fonts.body, colour=INK if stated else MUTED,
                              decor=decor, spans=local)
        for k, p in zip(inside, placed):
            boxes[k].extend(p.boxes)
        cx.space(PARAGRAPH_GAP)
    _record(cx, analysis, doc, [Placed(tuple(b)) for b in boxes], (len(claims), len(quotes)), atts, labels)


def _record(cx: Composer, analysis: Analysis, doc: Document, placed: list[Placed], counts: tuple[int, int],
            atts: list, labels: Mapping[str, str]) -> None:
    n_claims, n_quotes = counts
    claims = analysis.claims_of.get(doc.id, ())
    for claim, where in zip(claims, placed[:n_claims]):
        if where.boxes:
            page, rect = where.boxes[0]
            cx.anchors.setdefault(claim_anchor(claim.id), Anchor(page, rect.y))
        status = claim_status(analysis, claim, labels)
        if status.relation != UNLINKED and where.boxes:
            cx.mark(where, "highlight", palette.COLOR[status.relation], status.subject, status.note, claim.id)
        if where.boxes:
            _sticky_notes(cx, analysis, claim.id, *where.boxes[0])
    quotes = analysis.quotes_in(doc.id)
    unheld = [a for a in atts if pinned_on_unheld(a)]
    for q, where in zip(quotes, placed[n_claims:n_claims + n_quotes]):
        if where.boxes:
            pinned = next((a for a in unheld if a.start <= q.start < a.end), None)
            cx.anchors.setdefault(quote_anchor(doc.id, q.start), Anchor(where.boxes[0][0], where.boxes[0][1].y))
            cx.mark(where, QUOTE_KIND, palette.COLOR[q.verdict], f"{MARK[q.verdict]} {palette.LABEL[q.verdict]}",
                    quote_note(analysis, q, labels, pinned), quote_anchor(doc.id, q.start))
    for a, where in zip(atts, placed[n_claims + n_quotes:]):
        if where.boxes:
            key = attribution_anchor(doc.id, a.start)
            cx.anchors.setdefault(key, Anchor(where.boxes[0][0], where.boxes[0][1].y))
            cx.mark(where, ATTRIBUTION_KIND, palette.COLOR[a.verdict], f"{MARK[a.verdict]} {palette.LABEL[a.verdict]}",
                    attribution_note(a, labels), key)


def _sticky_notes(cx: Composer, analysis: Analysis, claim_id: str, page: int, first: Rect) -> None:
    """The analyst's notes on a claim as note icons in the right margin, beside the claim's first line."""
    for k, note in enumerate(n for n in analysis.notes_of(claim_id) if n.claim == claim_id):
        x = cx.left + cx.width + NOTE_GAP * PT
        box = Rect(x, first.y + k * (NOTE_ICON + 2) * PT, NOTE_ICON * PT, NOTE_ICON * PT)
        on = f" (on the link with {note.other})" if note.other else ""
        cx.marks.append(Mark(page, (box,), "note", NOTE_COLOUR, "Analyst note", note.text + on,
                             f"note:{claim_id}:{k}@{page}", author=note.author or ""))


def render_documents(cx: Composer, analysis: Analysis, docs: list[Document], labels: Mapping[str, str],
                     progress: Callable[[float, str], None]) -> None:
    for i, doc in enumerate(docs):
        progress(i / max(1, len(docs)), f"Laying out {doc.title}")
        render_document(cx, analysis, doc, labels)
