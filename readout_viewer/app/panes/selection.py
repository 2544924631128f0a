"""Claim selection in the panes: a claim and its counterparts selected, brought into view, lit under the mouse."""

from __future__ import annotations

from readout_viewer.app.panes import scrollsync
from readout_viewer.app.panes.pane import Pane
from readout_viewer.app.panes.ribbons import PaneSplitter
from readout_viewer.core.model import Analysis, Link

# Pixels of text kept above a claim scrolled to (its highlight starts a little above its first line).
CLAIM_MARGIN = 6


class Selection:
    """PaneArea's selection of claims and links (a mixin: the area holds the panes, emits the signals and, as a
    ScrollLock, tells each pane's view)."""

    analysis: Analysis | None
    panes: list[Pane]
    splitter: PaneSplitter
    current: int
    selected: dict[int, str]
    link: Link | None
    _syncing: bool

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
            # near the top the anchored line sits high: never so high that the claim's first line is cut
            text.verticalScrollBar().setValue(round(min(value, max(0.0, span[0] - CLAIM_MARGIN))))

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
            pane.describe(self.selected.get(i))
        self.splitter.repaint_gutters()
