"""The panes scrolled in step: anchors from the links between two panes, and each pane following the one scrolled."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from readout_viewer.app.panes import scrollsync
from readout_viewer.app.panes.pane import Pane
from readout_viewer.app.panes.ribbons import PaneSplitter
from readout_viewer.core import status
from readout_viewer.core.model import Analysis


class ScrollLock:
    """PaneArea's synchronized scrolling (a mixin: the area holds the panes, the analysis and the lock)."""

    analysis: Analysis | None
    panes: list[Pane]
    splitter: PaneSplitter
    locked: bool
    wanted: str
    leader: int
    _moves: int
    _syncing: bool
    _anchors: dict[tuple, list[tuple[float, float]]]
    _links_cache: dict[tuple[str, str], list]
    _clamped: set[int]  # ids of panes whose next value change is Qt clamping it to a range laid out anew
    _relaying: bool  # a line-up after a relayout is due
    # the leader's document, its text's width, and its anchored line as a share of its height
    _place: tuple[str | None, int, float] | None

    def _resync(self, index: int, moves: int) -> None:
        """Line the other panes up on pane `index` (once a new document in one of them is laid out), unless
        a pane was scrolled meanwhile (a claim brought into view): that placing stands."""
        if self.locked and index < len(self.panes) and moves == self._moves:
            self._scrolled(self.panes[index], self.panes[index].text.verticalScrollBar().value())

    def _links_for(self, left: str, right: str) -> list:
        key = (left, right)
        if key not in self._links_cache and self.analysis is not None:
            found = status.links_between(self.analysis, left, right)
            if self.wanted == status.DIVERGE:
                found = [f for f in found if f[2].relation == status.DIVERGE]
            self._links_cache[key] = found if self.wanted != "quotes" else []
        return self._links_cache.get(key, [])

    def anchors(self, src: int, dst: int) -> list[tuple[float, float]]:
        """Monotone anchors (document y in pane src, in pane dst) with both ends, cached until relayout.

        Neighbours are lined up on their own links, the same anchors both ways (swapped); panes apart through the
        panes between them, so that each pane's place follows from any other's alike: whichever pane the reader
        scrolls next, the others stay where they are (direct anchors of panes apart made them jump).
        """
        key = (src, dst, self.panes[src].doc_id, self.panes[dst].doc_id)
        if key not in self._anchors:
            if abs(src - dst) > 1:
                step = 1 if dst > src else -1
                found = scrollsync.compose(self.anchors(src, dst - step), self.anchors(dst - step, dst))
            elif src > dst:
                found = [(b, a) for a, b in self.anchors(dst, src)]
            else:
                found = self._linked(src, dst)
            self._anchors[key] = found
        return self._anchors[key]

    def _linked(self, src: int, dst: int) -> list[tuple[float, float]]:
        """Anchors of two panes from their own links: the middles of linked claims, a monotone chain, the ends."""
        a, b = self.panes[src].text, self.panes[dst].text
        pairs = []
        for ca, cb, _link in status.links_between(self.analysis, self.panes[src].doc_id, self.panes[dst].doc_id):
            sa, sb = a.claim_span(ca), b.claim_span(cb)
            if sa and sb:
                pairs.append(((sa[0] + sa[1]) / 2, (sb[0] + sb[1]) / 2))
        return scrollsync.with_ends(scrollsync.monotone(pairs), a.content_height(), b.content_height())

    def _view(self, pane: Pane) -> scrollsync.View:
        return scrollsync.View(pane.text.verticalScrollBar().maximum(), pane.text.viewport().height())

    def _range_changed(self, pane: Pane, maximum: int) -> None:
        """A pane's text was laid out anew (the window resized, the drawer shown or hidden, a zoom): the value Qt
        clamps to the new range is no reader's scroll, and lined-up panes drift apart. Once all are laid out, the
        others line up again on the pane the reader scrolled last (a resize threw every pane back to its top)."""
        if pane.text.verticalScrollBar().value() > maximum:
            self._clamped.add(id(pane))
        if not self._relaying:
            self._relaying = True
            QTimer.singleShot(0, self, lambda moves=self._moves: self._settled(moves))

    def _settled(self, moves: int) -> None:
        """After a relayout: the pane read keeps its place in its text (not its pixel offset, which lines wrapped
        anew move on by screens), and the others line up on it; unless a pane was scrolled meanwhile."""
        self._relaying = False
        if not self.panes or self.leader >= len(self.panes) or moves != self._moves:
            return
        if self.panes[self.leader].text.verticalScrollBar().maximum() <= 0:  # it fits whole: no place to give
            self.leader = max(range(len(self.panes)), key=lambda i: self.panes[i].text.verticalScrollBar().maximum())
        pane = self.panes[self.leader]
        # only lines wrapped anew move the text under a pixel offset (a document still being laid out grows below)
        place = self._place
        if place is not None and place[0] == pane.doc_id and place[1] != pane.text.viewport().width():
            view = self._view(pane)
            back = scrollsync.scroll_for(view, place[2] * view.content)
            self._syncing = True  # placed back, not scrolled: the line-up below follows it
            try:
                pane.text.verticalScrollBar().setValue(round(back))
            finally:
                self._syncing = False
        self._resync(self.leader, moves)

    def _scrolled(self, pane: Pane, value: int) -> None:
        if pane not in self.panes:
            return
        src = self.panes.index(pane)
        if id(pane) in self._clamped:  # its range shrank under its value: not the reader's scroll
            self._clamped.discard(id(pane))
            self.splitter.repaint_gutters_beside(src)
            return
        if not self._syncing:
            self.leader = src
            self._moves += 1
            view = self._view(pane)
            share = scrollsync.anchor_y(view, value) / view.content if view.content else 0.0
            self._place = (pane.doc_id, pane.text.viewport().width(), share)
        if self.locked and not self._syncing:
            self._syncing = True
            try:
                for dst, other in enumerate(self.panes):
                    if other is not pane:
                        target = scrollsync.synced_scroll(self._view(pane), value, self._view(other),
                                                          self.anchors(src, dst))
                        other.text.verticalScrollBar().setValue(round(target))
            finally:
                self._syncing = False
        self.splitter.repaint_gutters_beside(src)  # each pane that moves comes through here

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        if locked and self.panes:  # the pane the user last scrolled stays; the others come to it
            leader = self.panes[self.leader]
            self._scrolled(leader, leader.text.verticalScrollBar().value())
