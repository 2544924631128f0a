"""The panes scrolled in step: anchors from the links between two panes, and each pane following the one scrolled."""

from __future__ import annotations

from readout_viewer.app.panes import scrollsync
from readout_viewer.app.panes.pane import Pane
from readout_viewer.app.panes.ribbons import PaneSplitter
from readout_viewer.core import status
from readout_viewer.core.model import Analysis

# Below this many links of their own, two panes apart are lined up through the pane between them.
MIN_DIRECT_ANCHORS = 2


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

    def anchors(self, src: int, dst: int, relay: bool = True) -> list[tuple[float, float]]:
        """Monotone anchors (document y in pane src, in pane dst) with both ends, cached until relayout.

        Two panes with too few links of their own are lined up through the pane between them (when `relay`).
        """
        key = (src, dst, relay, self.panes[src].doc_id, self.panes[dst].doc_id)
        if key in self._anchors:
            return self._anchors[key]
        a, b = self.panes[src].text, self.panes[dst].text
        pairs = []
        for ca, cb, _link in status.links_between(self.analysis, self.panes[src].doc_id, self.panes[dst].doc_id):
            sa, sb = a.claim_span(ca), b.claim_span(cb)
            if sa and sb:
                pairs.append(((sa[0] + sa[1]) / 2, (sb[0] + sb[1]) / 2))
        found = scrollsync.with_ends(scrollsync.monotone(pairs), a.content_height(), b.content_height())
        if relay and len(found) - 2 < MIN_DIRECT_ANCHORS and abs(src - dst) > 1:
            via = (src + dst) // 2
            first, second = self.anchors(src, via, relay=False), self.anchors(via, dst, relay=False)
            found = [(x, scrollsync.interpolate(second, y)) for x, y in first]
        self._anchors[key] = found
        return found

    def _view(self, pane: Pane) -> scrollsync.View:
        return scrollsync.View(pane.text.verticalScrollBar().maximum(), pane.text.viewport().height())

    def _scrolled(self, pane: Pane, value: int) -> None:
        if pane not in self.panes:
            return
        src = self.panes.index(pane)
        if not self._syncing:
            self.leader = src
            self._moves += 1
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
