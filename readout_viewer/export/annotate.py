"""Adding the real PDF annotations to the laid-out file with pypdf: markup with notes, links, bookmarks."""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timezone

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NullObject,
    NumberObject,
    TextStringObject,
)

from readout_viewer.export.canvas import PT, Anchor, LinkSpot, Mark
from readout_viewer.palette import HIGHLIGHT_ALPHA, rgb_float

AUTHOR = "readout-viewer"
SUBTYPE = {"highlight": "/Highlight", "underline": "/Underline", "squiggly": "/Squiggly"}
PRINT_FLAG = 4  # /F bit 3: the annotation prints with the page
# Stroke width (points) of underline and squiggly appearances: visible on screen and paper, thinner than a stem.
MARKUP_LINE = 1.0
# A jump lands this far (points) above its target line, so the line is not glued to the window's top edge.
LINK_HEADROOM = 24.0

# Opacity of the highlight appearance: multiplied over the text, the palette's screen alpha reads a little pale.
HIGHLIGHT_OPACITY = min(1.0, HIGHLIGHT_ALPHA * 1.4)

PageSizes = Sequence[tuple[float, float]]


def _num(x: float) -> FloatObject:
    return FloatObject(round(x, 2))


def _quads(mark: Mark, height: float) -> tuple[list[float], list[float]]:
    """QuadPoints (TL, TR, BL, BR per box, as viewers expect) and the bounding /Rect, in PDF points."""
    quads: list[float] = []
    xs, ys = [], []
    for r in mark.rects:
        x1, y1, x2, y2 = r.pdf(height)
        quads += [x1, y2, x2, y2, x1, y1, x2, y1]
        xs += [x1, x2]
        ys += [y1, y2]
    return quads, [min(xs), min(ys), max(xs), max(ys)]


def _appearance(writer: PdfWriter, mark: Mark, height: float, bbox: list[float]):
    """A normal appearance stream, so that viewers that do not draw markup themselves still show it."""
    r, g, b = rgb_float(mark.colour)
    ops = [f"{r:.3f} {g:.3f} {b:.3f} rg {r:.3f} {g:.3f} {b:.3f} RG {MARKUP_LINE} w"]
    if mark.kind == "highlight":
        ops.insert(0, "/GS0 gs")
    for box in mark.rects:
        x1, y1, x2, y2 = box.pdf(height)
        if mark.kind == "highlight":
            ops.append(f"{x1:.2f} {y1:.2f} {x2 - x1:.2f} {y2 - y1:.2f} re f")
        elif mark.kind == "underline":
            ops.append(f"{x1:.2f} {y1 + 1:.2f} m {x2:.2f} {y1 + 1:.2f} l S")
        else:
            pts, x, up = [f"{x1:.2f} {y1 + 1:.2f} m"], x1, True
            while x < x2:
                x = min(x + 2.0, x2)
                pts.append(f"{x:.2f} {y1 + (2.5 if up else 0.5):.2f} l")
                up = not up
            ops.append(" ".join(pts) + " S")
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode("ascii"))
    gs = DictionaryObject({NameObject("/Type"): NameObject("/ExtGState"), NameObject("/BM"): NameObject("/Multiply"),
                           NameObject("/ca"): _num(HIGHLIGHT_OPACITY)})
    stream.update({
        NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): ArrayObject([_num(v) for v in bbox]),
        NameObject("/Resources"): DictionaryObject({NameObject("/ExtGState"): DictionaryObject({
            NameObject("/GS0"): gs})}),
    })
    return writer._add_object(stream)


def _markup(writer: PdfWriter, mark: Mark, height: float, stamp: str) -> DictionaryObject:
    quads, rect = _quads(mark, height)
    r, g, b = rgb_float(mark.colour)
    annot = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject(SUBTYPE[mark.kind]),
        NameObject("/Rect"): ArrayObject([_num(v) for v in rect]),
        NameObject("/QuadPoints"): ArrayObject([_num(v) for v in quads]),
        NameObject("/C"): ArrayObject([_num(r), _num(g), _num(b)]),
        NameObject("/Contents"): TextStringObject(mark.contents),
        NameObject("/T"): TextStringObject(AUTHOR),
        NameObject("/Subj"): TextStringObject(mark.subject),
        NameObject("/NM"): TextStringObject(mark.name),
        NameObject("/M"): TextStringObject(stamp),
        NameObject("/F"): NumberObject(PRINT_FLAG),
    })
    annot[NameObject("/AP")] = DictionaryObject({NameObject("/N"): _appearance(writer, mark, height, rect)})
    return annot


def _sticky(mark: Mark, height: float, stamp: str) -> DictionaryObject:
    """A note icon in the margin (an analyst's note), shown in every comment pane."""
    r, g, b = rgb_float(mark.colour)
    return DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Text"),
        NameObject("/Rect"): ArrayObject([_num(v) for v in mark.rects[0].pdf(height)]),
        NameObject("/Name"): NameObject("/Comment"), NameObject("/Open"): BooleanObject(False),
        NameObject("/C"): ArrayObject([_num(r), _num(g), _num(b)]),
        NameObject("/Contents"): TextStringObject(mark.contents),
        NameObject("/T"): TextStringObject(mark.author or AUTHOR),
        NameObject("/Subj"): TextStringObject(mark.subject),
        NameObject("/NM"): TextStringObject(mark.name),
        NameObject("/M"): TextStringObject(stamp),
        NameObject("/F"): NumberObject(PRINT_FLAG),
    })


def _link(writer: PdfWriter, spot: LinkSpot, anchor: Anchor, sizes: PageSizes) -> DictionaryObject:
    x1, y1, x2, y2 = spot.rect.pdf(sizes[spot.page][1])
    top = min(sizes[anchor.page][1], sizes[anchor.page][1] - anchor.y / PT + LINK_HEADROOM)
    dest = ArrayObject([writer.pages[anchor.page].indirect_reference, NameObject("/XYZ"), NullObject(),
                        _num(top), NullObject()])
    return DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Link"),
        NameObject("/Rect"): ArrayObject([_num(v) for v in (x1, y1, x2, y2)]),
        NameObject("/Border"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(0)]),
        NameObject("/Dest"): dest,
    })


def annotate(pdf: bytes, marks: Sequence[Mark], links: Sequence[LinkSpot], anchors: Mapping[str, Anchor],
             sizes: PageSizes, outline: Sequence[tuple[str, int, int]],
             progress: Callable[[float], None] = lambda f: None) -> bytes:
    """The PDF with the markup, links and bookmarks (title, page, level 0|1) added; returns the new bytes."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    stamp = datetime.now(timezone.utc).strftime("D:%Y%m%d%H%M%SZ")
    annots: dict[int, list] = {}
    for i, mark in enumerate(marks):
        height = sizes[mark.page][1]
        annot = _sticky(mark, height, stamp) if mark.kind == "note" else _markup(writer, mark, height, stamp)
        annots.setdefault(mark.page, []).append(annot)
        if i % 200 == 0:
            progress(0.8 * i / max(1, len(marks)))
    for spot in links:
        anchor = anchors.get(spot.target)
        if anchor is not None:
            annots.setdefault(spot.page, []).append(_link(writer, spot, anchor, sizes))
    for page_no, items in annots.items():
        page = writer.pages[page_no]
        refs = ArrayObject(page.get("/Annots", ArrayObject()))
        for a in items:
            a[NameObject("/P")] = page.indirect_reference
            refs.append(writer._add_object(a))
        page[NameObject("/Annots")] = refs
    _outline(writer, outline)
    progress(1.0)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _outline(writer: PdfWriter, outline: Sequence[tuple[str, int, int]]) -> None:
    parent = None
    for title, page, level in outline:
        item = writer.add_outline_item(title=title, page_number=page, parent=parent if level else None)
        if level == 0:
            parent = item
    if outline:
        writer.page_mode = "/UseOutlines"
