"""The central area: panes side by side in a gutter splitter (scrolling in step: lockstep.py; selection.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from readout_viewer.app import viewports
from readout_viewer.app.panes.lockstep import ScrollLock
from readout_viewer.app.panes.pane import Pane
from readout_viewer.app.panes.ribbons import PaneSplitter
from readout_viewer.app.panes.selection import Selection
from readout_viewer.core import status
from readout_viewer.core.model import Analysis, Link

# How to open a folder, said by the empty area and, until one is open, by the status bar (app/statusline.py).
OPEN_HINT = "Open a folder of texts about one event: File → Open folder (Ctrl+O), or drop the folder on this window."
# What the area says while it has no document to show (no folder yet, or a folder without texts).
EMPTY_TEXT = f"No document to show.\n\n{OPEN_HINT}"
# Earlier pane choices remembered for View → Previous panes.
HISTORY = 20


class PaneArea(Selection, ScrollLock, QWidget):
    """Shows documents in panes; keeps their scrolling in step through links when `locked`."""

    claim_selected = Signal(str)  # a claim was selected (clicked, navigated to, or a ribbon's left end)
    link_selected = Signal(object)  # Link | None
    shown_changed = Signal(list)  # the document ids shown, left to right

    # ---- content
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
        self._clamped: set[int] = set()
        self._relaying = False
        self._place: tuple[str | None, int, float] | None = None
        self._anchors: dict[tuple, list[tuple[float, float]]] = {}
        self._links_cache: dict[tuple[str, str], list] = {}
        self.history: list[list[str]] = []  # the panes before each change, latest last
        # Panes never get narrower than they can be read (Pane's minimum width): more panes than the window holds
        # scroll sideways instead.
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.splitter)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a Tab stop that showed nothing (qa10): the texts take it
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._viewport = viewports.held(self.scroll)  # every viewport() after it is the same object, found at once
        self.placeholder = QLabel(EMPTY_TEXT, self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)  # drawn in the palette's muted text colour
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.scroll)
        box.addWidget(self.placeholder)
        self.scroll.hide()

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
        self._size_panes()
        self.refresh(doc_ids)
        if self.panes and self.hasFocus():  # held for the texts since the window's first show (Page Down reads on)
            self.panes[0].text.setFocus()
        self.shown_changed.emit(self.shown())

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The keyboard given to the panes goes to the current pane's text: with the panes already filled when the
        window first showed, it stayed on this bare widget, which showed nothing and read nothing (qa10)."""
        super().focusInEvent(event)
        if self.panes:
            self.panes[min(self.current, len(self.panes) - 1)].text.setFocus(event.reason())

    def _size_panes(self) -> None:
        """The panes at their size before their texts are set: a text is laid out at its pane's width when it is set,
        and a pane that grows or shrinks later can lose or gain its scroll bar and lay it out again at the other
        width (a warm start's first pane did, four times, before its first paint). Only the boxes between the window's
        central widget and the panes are laid out here (the legend below the panes, then this area): the window's own
        layout, which fixes the docks' sizes, keeps its turn once the docks are filled."""
        for widget in (self.parentWidget(), self):
            box = widget.layout() if widget is not None else None
            if box is not None:
                box.activate()

    def _fit_splitter(self) -> None:
        """The panes fill the width, or scroll sideways when their readable minimum is wider than the window
        (QScrollArea widens its widget when the minimum grows, but never narrows it when it shrinks)."""
        viewport = self._viewport
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
        pane.text.verticalScrollBar().rangeChanged.connect(lambda _lo, hi, p=pane: self._range_changed(p, hi))
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

    def previous_panes(self) -> bool:
        """Show the panes as they were before the last change (False: there is no earlier choice)."""
        while self.history:
            earlier = self.history.pop()
            if self.analysis is not None and all(d in self.analysis.document for d in earlier):
                self.show_documents(earlier)
                self.history.pop()  # showing them recorded the panes just left: that is no earlier choice
                return True
        return False
