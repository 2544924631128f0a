"""The PDF annotations as objects: markup with notes and appearance streams, margin notes, links, the outline."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from readout_viewer.export.canvas import PT, Anchor, LinkSpot, Mark
from readout_viewer.export.pdffile import Objects, array, number, numbers, ref, text
from readout_viewer.palette import HIGHLIGHT_ALPHA, rgb_float

AUTHOR = "readout-viewer"
SUBTYPE = {"highlight": b"/Highlight", "underline": b"/Underline", "squiggly": b"/Squiggly"}
PRINT_FLAG = 4  # /F bit 3: the annotation prints with the page
# Stroke width (points) of underline and squiggly appearances: visible on screen and paper, thinner than a stem.
MARKUP_LINE = 0.8
# Where quote underlines and attribution squiggles sit, in points below the bottom of the text line's box: in the
# gap between lines, clear of the claim underlines painted just under the baseline, and of each other when an
# attributed statement holds a quotation (the squiggle runs below the straight line).
UNDERLINE_BELOW = 0.7
SQUIGGLE_TOP, SQUIGGLE_BOTTOM = 1.6, 3.0
SQUIGGLE_STEP = 1.6  # points between a squiggle's peaks
# A jump lands this far (points) above its target line, so the line is not glued to the window's top edge.
LINK_HEADROOM = 24.0
# An outline part with this many entries or fewer opens unfolded; a longer list (a hundred articles) starts folded.
OPEN_PART_MAX = 20
# Opacity of the highlight appearance: multiplied over the text, the palette's screen alpha reads a little pale.
HIGHLIGHT_OPACITY = min(1.0, HIGHLIGHT_ALPHA * 1.4)

PageSizes = Sequence[tuple[float, float]]


def _colour(hex_colour: str) -> bytes:
    return numbers(round(c, 3) for c in rgb_float(hex_colour))


def _boxes(mark: Mark, height: float) -> list[tuple[float, float, float, float]]:
    return [r.pdf(height) for r in mark.rects]


def _quads(boxes: list[tuple[float, float, float, float]]) -> bytes:
    """QuadPoints: top-left, top-right, bottom-left, bottom-right of each box, the order viewers expect."""
    return numbers(v for x1, y1, x2, y2 in boxes for v in (x1, y2, x2, y2, x1, y1, x2, y1))


def _bbox(boxes: list[tuple[float, float, float, float]], below: float) -> tuple[float, ...]:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes) - below, max(b[2] for b in boxes),
            max(b[3] for b in boxes))


def _appearance_ops(kind: str, boxes: list[tuple[float, float, float, float]], colour: bytes) -> bytes:
    """The drawing of a markup annotation, for viewers that show the appearance stream rather than their own.
    Coordinates in hundredths of a point, written by C formatting: a squiggle is hundreds of points."""
    ops = [b"%s rg %s RG %s w" % (colour[1:-1], colour[1:-1], number(MARKUP_LINE))]
    for x1, y1, x2, y2 in boxes:
        if kind == "highlight":
            ops.append(b"%.2f %.2f %.2f %.2f re f" % (x1, y1, x2 - x1, y2 - y1))
        elif kind == "underline":
            y = y1 - UNDERLINE_BELOW
            ops.append(b"%.2f %.2f m %.2f %.2f l S" % (x1, y, x2, y))
        else:
            top, bottom = y1 - SQUIGGLE_TOP, y1 - SQUIGGLE_BOTTOM
            steps = max(1, int((x2 - x1) / SQUIGGLE_STEP))
            dx = (x2 - x1) / steps
            pts = b" ".join(b"%.2f %.2f l" % (x1 + k * dx, top if k % 2 else bottom) for k in range(1, steps + 1))
            ops.append(b"%.2f %.2f m %s S" % (x1, bottom, pts))
    if kind == "highlight":
        ops.insert(0, b"/GS0 gs")
    return b"\n".join(ops)


class Annotator:
    """Builds the annotation objects of every page into `objects`; pages[i] is the object number of page i."""

    def __init__(self, objects: Objects, pages: Sequence[int], sizes: PageSizes, stamp: str) -> None:
        self.objects = objects
        self.pages = pages
        self.sizes = sizes
        self.stamp = text(stamp)
        self.author = text(AUTHOR)
        self.per_page: dict[int, list[int]] = {}
        # One resource dictionary for every highlight appearance: multiply blending, so text stays black.
        self.highlight_resources = objects.add(
            b"<</ExtGState<</GS0<</Type/ExtGState/BM/Multiply/ca %s>>>>>>" % number(HIGHLIGHT_OPACITY))

    def _put(self, page: int, body: bytes) -> None:
        self.per_page.setdefault(page, []).append(self.objects.add(body))

    def markup(self, mark: Mark) -> None:
        boxes = _boxes(mark, self.sizes[mark.page][1])
        below = 0.0 if mark.kind == "highlight" else SQUIGGLE_BOTTOM + MARKUP_LINE
        bbox = numbers(_bbox(boxes, below))
        colour = _colour(mark.colour)
        resources = b"/Resources %s" % ref(self.highlight_resources) if mark.kind == "highlight" else b""
        ap = self.objects.add_stream(b"/Type/XObject/Subtype/Form/BBox%s%s" % (bbox, resources),
                                     _appearance_ops(mark.kind, boxes, colour))
        self._put(mark.page, b"<</Type/Annot/Subtype%s/Rect%s/QuadPoints%s/C%s/Contents %s/T %s/Subj %s/NM %s/M %s"
                             b"/F %d/P %s/AP<</N %s>>>>" % (
                                 SUBTYPE[mark.kind], bbox, _quads(boxes), colour, text(mark.contents), self.author,
                                 text(mark.subject), text(mark.name), self.stamp, PRINT_FLAG,
                                 ref(self.pages[mark.page]), ref(ap)))

    def sticky(self, mark: Mark) -> None:
        """A note icon in the margin (an analyst's note), shown in every comment pane."""
        box = numbers(mark.rects[0].pdf(self.sizes[mark.page][1]))
        self._put(mark.page, b"<</Type/Annot/Subtype/Text/Rect%s/Name/Comment/Open false/C%s/Contents %s/T %s"
                             b"/Subj %s/NM %s/M %s/F %d/P %s>>" % (
                                 box, _colour(mark.colour), text(mark.contents), text(mark.author or AUTHOR),
                                 text(mark.subject), text(mark.name), self.stamp, PRINT_FLAG,
                                 ref(self.pages[mark.page])))

    def destination(self, anchor: Anchor) -> bytes:
        """Go to the anchor's line, keeping the reader's zoom and left edge (/XYZ with null left and zoom)."""
        height = self.sizes[anchor.page][1]
        top = min(height, height - anchor.y / PT + LINK_HEADROOM)
        return b"[%s/XYZ null %s null]" % (ref(self.pages[anchor.page]), number(round(top, 1)))

    def link(self, spot: LinkSpot, anchors: Mapping[str, Anchor]) -> None:
        rect = numbers(round(v, 2) for v in spot.rect.pdf(self.sizes[spot.page][1]))
        if spot.uri:
            action = b"/A<</S/URI/URI %s>>" % text(spot.uri)
        else:
            anchor = anchors.get(spot.target)
            if anchor is None:
                return
            action = b"/Dest%s" % self.destination(anchor)
        self._put(spot.page, b"<</Type/Annot/Subtype/Link/Rect%s/Border[0 0 0]%s/P %s>>" % (
            rect, action, ref(self.pages[spot.page])))

    def all(self, marks: Sequence[Mark], links: Sequence[LinkSpot], anchors: Mapping[str, Anchor],
            progress: Callable[[float], None]) -> None:
        for i, mark in enumerate(marks):
            self.sticky(mark) if mark.kind == "note" else self.markup(mark)
            if i % 500 == 0:
                progress(0.8 * i / max(1, len(marks)))
        for spot in links:
            self.link(spot, anchors)
        progress(1.0)

    def annots(self, page: int) -> bytes:
        """The /Annots entry of a page ('' when it has none)."""
        items = self.per_page.get(page)
        return b"/Annots" + array(ref(n) for n in items) if items else b""


def outline(objects: Objects, entries: Sequence[tuple[str, Anchor, int]], annotator: Annotator) -> int | None:
    """The bookmarks (title, where, level 0 or 1) as an outline tree; its root object, or None when empty."""
    if not entries:
        return None
    root = objects.reserve()
    tops: list[tuple[int, str, Anchor, list]] = []
    for title, anchor, level in entries:
        item = (objects.reserve(), title, anchor, [])
        if level and tops:
            tops[-1][3].append(item)
        else:
            tops.append(item)
    _siblings(objects, root, tops, annotator)
    visible = len(tops) + sum(len(children) for *_, children in tops if len(children) <= OPEN_PART_MAX)
    objects.put(root, b"<</Type/Outlines/First %s/Last %s/Count %d>>" % (ref(tops[0][0]), ref(tops[-1][0]), visible))
    return root


def _siblings(objects: Objects, parent: int, items: list, annotator: Annotator) -> None:
    for i, (num, title, anchor, children) in enumerate(items):
        body = b"/Title %s/Parent %s/Dest%s" % (text(title), ref(parent), annotator.destination(anchor))
        if i:
            body += b"/Prev %s" % ref(items[i - 1][0])
        if i + 1 < len(items):
            body += b"/Next %s" % ref(items[i + 1][0])
        if children:
            # A negative count: the part starts folded, its entries one click away.
            count = len(children) if len(children) <= OPEN_PART_MAX else -len(children)
            body += b"/First %s/Last %s/Count %d" % (ref(children[0][0]), ref(children[-1][0]), count)
            _siblings(objects, num, children, annotator)
        objects.put(num, b"<<" + body + b">>")
