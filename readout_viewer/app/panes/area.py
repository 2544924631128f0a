"""The central area: panes side by side in a gutter splitter, synchronized scrolling, claim selection."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from readout_viewer.app.panes import scrollsync
from readout_viewer.app.panes.pane import Pane
from readout_viewer.app.panes.ribbons import PaneSplitter
from readout_viewer.core import status
from readout_viewer.core.model import Analysis, Link

# What the area says while it has no document to show (no folder yet, or a folder without texts).
EMPTY_TEXT = ("No document to show.\n\nOpen a folder of texts about one event: File → Open folder (Ctrl+O), "
              "or drop the folder on this window.")
# Below this many links of their own, two panes apart are lined up through the pane between them.
MIN_DIRECT_ANCHORS = 2
# Earlier pane choices remembered for View → Previous panes.
HISTORY = 20


class PaneArea(QWidget):
    """Shows documents in panes; keeps their scrolling in step through links when `locked`."""

    claim_selected = Signal(str)  # a claim was selected (clicked, navigated to, or a ribbon's left end)
    link_selected = Signal(object)  # Link | None
    shown_changed = Signal(list)  # the document ids shown, left to right

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.splitter = PaneSplitter(self)
        self.splitter.links_for = self._links_for
        self.splitter.link_hovered.connect(self._hover)
        self.splitter.link_clicked.connect(self.select_link)
        self.panes: list[Pane] = []
        self.locked = True
        self.wanted = "all"
        self.zoom = 0  # text size steps above (below) the default, the same in every pane
        self.current = 0  # index of the pane the user last worked in
        self.leader = 0  # index of the pane the user last scrolled: the others line up on it when locked again
        self._moves = 0  # scrolls of a pane other than by the lock, counted
        self.selected: dict[int, str] = {}  # pane index -> selected claim id
        self.link: Link | None = None
        self._syncing = False
        self._anchors: dict[tuple, list[tuple[float, float]]] = {}
        self._links_cache: dict[tuple[str, str], list] = {}
        self.history: list[list[str]] = []  # the panes before each change, latest last
        # Panes never get narrower than they can be read (Pane's minimum width): more panes than the window holds
        # scroll sideways instead.
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.splitter)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.placeholder = QLabel(EMPTY_TEXT, self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)  # drawn in the palette's muted text colour
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.scroll)
        box.addWidget(self.placeholder)
        self.scroll.hide()

    # ---- content
    def set_analysis(self, analysis: Analysis | None, shown: list[str]) -> None:
        self.analysis = analysis
        self.show_documents(shown if analysis else [])

    def set_waiting(self, text: str | None) -> None:
        """What the empty area says while an analysis runs (None: the usual hint on how to open a folder)."""
        self.placeholder.setText(text or EMPTY_TEXT)

    def shown(self) -> list[str]:
        return [p.doc_id for p in self.panes if p.doc_id]

    def show_documents(self, doc_ids: list[str]) -> None:
        """Show these documents, left to right, highlighting each against the others."""
        doc_ids = [d for d in dict.fromkeys(doc_ids) if self.analysis and d in self.analysis.document]
        before = self.shown()
        if before and before != doc_ids:
            self.history = (self.history + [before])[-HISTORY:]
        while len(self.panes) < len(doc_ids):
            self._add_pane()
        while len(self.panes) > max(len(doc_ids), 0):
            pane = self.panes.pop()
            pane.setParent(None)  # out of the splitter now, not at the next event loop turn
            pane.deleteLater()
        self.selected.clear()
        self.link = None
        self.current = min(self.current, max(0, len(self.panes) - 1))
        self.leader = min(self.leader, max(0, len(self.panes) - 1))
        self.scroll.setVisible(bool(self.panes))
        self.splitter.updateGeometry()
        QTimer.singleShot(0, self, self._fit_splitter)  # fewer panes need less width: no needless sideways scroll
        self.placeholder.setVisible(not self.panes)
        self.refresh(doc_ids)
        self.shown_changed.emit(self.shown())

    def _fit_splitter(self) -> None:
        """The panes fill the width, or scroll sideways when their readable minimum is wider than the window
        (QScrollArea widens its widget when the minimum grows, but never narrows it when it shrinks)."""
        viewport = self.scroll.viewport()
        width = max(viewport.width(), self.splitter.minimumSizeHint().width())
        if self.splitter.width() != width:
            self.splitter.resize(width, viewport.height())

    def refresh(self, doc_ids: list[str] | None = None) -> None:
        """Redraw the panes' highlights (after a filter or an analysis change)."""
        doc_ids = self.shown() if doc_ids is None else doc_ids
        self._anchors.clear()
        self._links_cache.clear()  # the ribbons follow the filter and the analysis
        if self.analysis is None:
            return
        kept = {p.doc_id: p.text.verticalScrollBar().value() for p in self.panes if p.doc_id}
        stayed = [i for i, doc_id in enumerate(doc_ids[:len(self.panes)]) if doc_id in kept]
        self._syncing = True  # a pane keeping its document keeps its place; nothing follows while they fill
        try:
            for pane, doc_id in zip(self.panes, doc_ids):
                doc = self.analysis.document[doc_id]
                pane.doc_id = doc_id
                pane.set_choices(self.analysis.documents_of(doc.event), tuple(doc_ids))
                against = tuple(self.analysis.document[d].label for d in doc_ids if d != doc_id)
                pane.show_document(self.analysis, doc, status.statuses(self.analysis, doc_id, doc_ids), self.wanted,
                                   against)
                if doc_id in kept:
                    pane.text.verticalScrollBar().setValue(kept[doc_id])
        finally:
            self._syncing = False
        self._emphasise()
        if self.locked and stayed and len(stayed) < len(self.panes):  # a new text comes level with the others
            leader, moves = self.leader if self.leader in stayed else stayed[0], self._moves
            QTimer.singleShot(0, self, lambda: self._resync(leader, moves))

    def _resync(self, index: int, moves: int) -> None:
        """Line the other panes up on pane `index` (once a new document in one of them is laid out), unless
        a pane was scrolled meanwhile (a claim brought into view): that placing stands."""
        if self.locked and index < len(self.panes) and moves == self._moves:
            self._scrolled(self.panes[index], self.panes[index].text.verticalScrollBar().value())

    def zoom_by(self, steps: int) -> None:
        """Make the text of every pane larger (steps > 0) or smaller; 0 steps back to the default size."""
        change = steps if steps else -self.zoom
        self.zoom += change
        for pane in self.panes:
            pane.text.zoomIn(change)
        self.splitter.repaint_gutters()

    def set_filter(self, wanted: str) -> None:
        self.wanted = wanted
        self.refresh()

    def _add_pane(self) -> None:
        pane = Pane(self.splitter)
        index = len(self.panes)
        self.panes.append(pane)
        self.splitter.addWidget(pane)
        pane.document_chosen.connect(lambda doc_id, p=pane: self._replace(p, doc_id))
        pane.text.claim_clicked.connect(lambda cid, p=pane: self.select_claim(cid, pane=self.panes.index(p)))
        pane.text.claim_hovered.connect(self._hover_claim)
        pane.text.verticalScrollBar().valueChanged.connect(lambda v, p=pane: self._scrolled(p, v))
        pane.text.relaid.connect(self._anchors.clear)
        self.splitter.setStretchFactor(index, 1)
        pane.text.zoomIn(self.zoom)

    def _replace(self, pane: Pane, doc_id: str) -> None:
        """Show `doc_id` in `pane`; a document already shown in another pane swaps places (no pane is lost)."""
        ids = self.shown()
        here = self.panes.index(pane)
        if doc_id in ids:
            ids[ids.index(doc_id)] = ids[here]
        ids[here] = doc_id
        self.show_documents(ids)

    # ---- links and synchronized scrolling
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

    # ---- selection
    def pane_of(self, claim_id: str) -> int | None:
        claim = self.analysis.claim.get(claim_id) if self.analysis is not None else None
        if claim is None:
            return None
        doc = claim.doc
        for i, pane in enumerate(self.panes):
            if pane.doc_id == doc:
                return i
        return None

    def select_claim(self, claim_id: str, pane: int | None = None, scroll: bool = False,
                     partner: str | None = None) -> None:
        """Select a claim and its counterparts in the other panes; optionally bring it to the anchor line.

        The link the corrections act on is one the user can see: to a neighbouring pane (its ribbon is drawn),
        the right-hand one first, strongest first; `partner`, when given and shown, is the counterpart chosen.
        """
        pane = self.pane_of(claim_id) if pane is None else pane
        if pane is None or self.analysis is None:
            return
        self.current = pane
        self.selected = {pane: claim_id}
        shown = {p.doc_id: i for i, p in enumerate(self.panes)}
        links = [lk for lk in self.analysis.links_of.get(claim_id, ()) if self._visible_link(lk)]
        by_pane: dict[int, list[Link]] = {}
        for link in links:
            i = shown.get(self.analysis.claim[link.other(claim_id)].doc)
            if i is not None and i != pane:
                by_pane.setdefault(i, []).append(link)
        self.link = None
        for i, found in sorted(by_pane.items(), key=lambda kv: (abs(kv[0] - pane) != 1, kv[0] < pane, kv[0])):
            best = max(found, key=lambda lk: (lk.other(claim_id) == partner, lk.score))
            self.selected[i] = best.other(claim_id)
            self.link = self.link or best
        j = self.pane_of(partner) if partner else None
        if j is not None and j != pane:
            self.selected[j] = partner
            self.link = next((lk for lk in links if lk.other(claim_id) == partner), self.link)
        self._emphasise()
        if scroll:
            self.center_on(claim_id)
        self._reveal_counterparts(pane)
        self.claim_selected.emit(claim_id)
        self.link_selected.emit(self.link)

    def _visible_link(self, link: Link) -> bool:
        """A link the panes draw: between two statements (the others are never compared)."""
        return self.analysis.claim[link.a].is_statement and self.analysis.claim[link.b].is_statement

    def select_link(self, link: Link) -> None:
        self.select_claim(link.a, partner=link.b)
        self.link = link
        self._emphasise()
        self.link_selected.emit(link)

    def previous_panes(self) -> bool:
        """Show the panes as they were before the last change (False: there is no earlier choice)."""
        while self.history:
            earlier = self.history.pop()
            if self.analysis is not None and all(d in self.analysis.document for d in earlier):
                self.show_documents(earlier)
                self.history.pop()  # showing them recorded the panes just left: that is no earlier choice
                return True
        return False

    def select_first_link(self) -> None:
        """Select the first claim of the first pane that is linked to another shown document (a starting point)."""
        if self.analysis is None or not self.panes:
            return
        for claim in self.analysis.claims_of.get(self.panes[0].doc_id, ()):
            if self.panes[0].statuses.get(claim.id) and self.panes[0].statuses[claim.id].links:
                self.select_claim(claim.id, pane=0)
                return

    def center_on(self, claim_id: str) -> None:
        """Scroll the pane of a claim so the claim sits on the anchored line (the others follow when locked)."""
        i = self.pane_of(claim_id)
        if i is None:
            return
        text = self.panes[i].text
        span = text.claim_span(claim_id)
        if span is not None:
            value = scrollsync.scroll_for(self._view(self.panes[i]), (span[0] + span[1]) / 2)
            text.verticalScrollBar().setValue(round(value))

    def _reveal_counterparts(self, pane: int) -> None:
        """Bring selected counterparts that are out of sight level with the selected claim (a manual re-sync)."""
        span = self.panes[pane].text.claim_span(self.selected[pane])
        if span is None:
            return
        level = (span[0] + span[1]) / 2 - self.panes[pane].text.verticalScrollBar().value()
        self._syncing = True
        try:
            for i, claim_id in self.selected.items():
                text = self.panes[i].text
                other = text.claim_span(claim_id)
                top = text.verticalScrollBar().value()
                if i == pane or other is None or (other[0] >= top and other[1] <= top + text.viewport().height()):
                    continue
                text.verticalScrollBar().setValue(round((other[0] + other[1]) / 2 - level))
        finally:
            self._syncing = False
        self.splitter.repaint_gutters()

    def selected_claim_ids(self) -> list[str]:
        """The claim selected in each pane, the current pane's first."""
        order = [self.current] + [i for i in sorted(self.selected) if i != self.current]
        return [self.selected[i] for i in order if i in self.selected]

    def _hover_claim(self, claim_id: str | None) -> None:
        """A claim under the mouse lights its ribbons and its counterparts in the other panes."""
        links = self.analysis.links_of.get(claim_id, ()) if self.analysis is not None and claim_id else ()
        self.splitter.hovered_links = set(links)
        hovered = {}
        for cid in [claim_id] + [lk.other(claim_id) for lk in links] if claim_id else []:
            i = self.pane_of(cid)
            if i is not None and i not in hovered:
                hovered[i] = cid
        self._emphasise(hovered)

    def _hover(self, link: Link | None) -> None:
        hovered = {}
        if link is not None:
            for cid in (link.a, link.b):
                i = self.pane_of(cid)
                if i is not None:
                    hovered[i] = cid
        self._emphasise(hovered)

    def _emphasise(self, hovered: dict[int, str] | None = None) -> None:
        hovered = hovered or {}
        self.splitter.selected = self.link
        for i, pane in enumerate(self.panes):
            pane.text.set_emphasis(self.selected.get(i), hovered.get(i))
        self.splitter.repaint_gutters()
