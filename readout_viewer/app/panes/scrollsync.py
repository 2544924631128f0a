"""Synchronized scrolling maths, without widgets: map a scroll position of one pane onto another through links.

Each pane is described by its scroll range and viewport height; anchors are pairs (y in source document,
y in target document) of linked claims. The point of the source viewport that is anchored is its middle, drifting
to the top edge at the start and to the bottom edge at the end (as Meld does) so both ends stay reachable.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple


class View(NamedTuple):
    """A scrollable pane: the scroll bar's maximum and the height of the visible part, in pixels."""

    maximum: float
    height: float

    @property
    def content(self) -> float:
        """Height of the whole document (what a scroll of `maximum` shows the end of)."""
        return self.maximum + self.height


def anchor_y(view: View, scroll: float) -> float:
    """Document y of the anchored point of the viewport when scrolled to `scroll`."""
    scroll = min(max(scroll, 0.0), view.maximum)
    half = view.height / 2
    if view.maximum <= 0:
        return 0.0
    if view.maximum < view.height:  # short scroll range: slide the anchor evenly from top to bottom
        return scroll / view.maximum * view.content
    if scroll < half:
        return 2 * scroll
    if scroll > view.maximum - half:
        return 2 * scroll + view.height - view.maximum
    return scroll + half


def scroll_for(view: View, y: float) -> float:
    """The scroll position whose anchored point is document y (the inverse of anchor_y)."""
    if view.maximum <= 0:
        return 0.0
    y = min(max(y, 0.0), view.content)
    half = view.height / 2
    if view.maximum < view.height:
        return y / view.content * view.maximum
    if y < view.height:
        return y / 2
    if y > view.maximum:
        return (y - view.height + view.maximum) / 2
    return y - half


def monotone(pairs: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The longest chain of anchors increasing in both documents (moved text crosses; crossings are dropped)."""
    pts = sorted(set(pairs))
    if not pts:
        return []
    tails: list[float] = []  # smallest end y (target) of an increasing chain of each length
    tail_idx: list[int] = []
    parent = [-1] * len(pts)
    for i, (_, y) in enumerate(pts):
        k = bisect_right(tails, y - 1e-9)
        # strictly increasing in the target: equal targets would make the inverse map ambiguous
        if k == len(tails):
            tails.append(y)
            tail_idx.append(i)
        else:
            tails[k] = y
            tail_idx[k] = i
        parent[i] = tail_idx[k - 1] if k > 0 else -1
    chain, i = [], tail_idx[-1]
    while i >= 0:
        chain.append(pts[i])
        i = parent[i]
    chain.reverse()
    # strictly increasing in the source too
    out: list[tuple[float, float]] = []
    for p in chain:
        if not out or p[0] > out[-1][0]:
            out.append(p)
    return out


def with_ends(anchors: Sequence[tuple[float, float]], source_end: float, target_end: float
              ) -> list[tuple[float, float]]:
    """Anchors (already monotone) with both documents' starts and ends added, dropping those beyond the ends."""
    inner = [(a, b) for a, b in anchors if 0 < a < source_end and 0 < b < target_end]
    return [(0.0, 0.0), *inner, (source_end, target_end)]


def interpolate(anchors: Sequence[tuple[float, float]], y: float) -> float:
    """Piecewise-linear map of source y to target y through sorted anchors (first and last are the ends)."""
    xs = [a for a, _ in anchors]
    i = bisect_right(xs, y) - 1
    if i < 0:
        return anchors[0][1]
    if i >= len(anchors) - 1:
        return anchors[-1][1]
    (x0, y0), (x1, y1) = anchors[i], anchors[i + 1]
    if x1 <= x0:
        return y0
    return y0 + (y - x0) * (y1 - y0) / (x1 - x0)


def compose(first: Sequence[tuple[float, float]], second: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Anchors of the map `first` then `second` (A to B, B to C: A to C), exact: a knee of either is a knee of it.

    Composed maps invert as their parts do, so a pane lined up through another maps back to the same place.
    """
    back = [(b, a) for a, b in first]
    xs = sorted({a for a, _ in first} | {interpolate(back, y) for y, _ in second})
    out: list[tuple[float, float]] = []
    for x in xs:
        z = interpolate(second, interpolate(first, x))
        if not out or (x > out[-1][0] and z > out[-1][1]):
            out.append((x, z))
    return out


def synced_scroll(source: View, scroll: float, target: View, anchors: Sequence[tuple[float, float]]) -> float:
    """Where the target pane should scroll so that it shows what the source shows at `scroll`.

    `anchors` must come from with_ends() (monotone, with both ends), in document coordinates.
    """
    return scroll_for(target, interpolate(anchors, anchor_y(source, scroll)))
