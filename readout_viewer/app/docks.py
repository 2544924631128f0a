"""The window's docks (documents, inspector, coverage matrix, problems) and how they talk to the panes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from readout_viewer.app.inspector.dock import Inspector
from readout_viewer.app.matrix import CoverageMatrix
from readout_viewer.app.problems import ProblemsPanel, problem_count
from readout_viewer.app.protocols import ViewerWindow
from readout_viewer.app.sidebar import DocumentsSidebar
from readout_viewer.core import status
from readout_viewer.core.model import Analysis

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
# Starting sizes (pixels) that keep the docks readable without starving the panes of a 1600-pixel window.
SIDEBAR_WIDTH = 360
INSPECTOR_WIDTH = 360
BOTTOM_HEIGHT = 230
# The bottom docks never take more than this share of a window's height when it is made shorter (the texts are
# the point); past it they shrink to the second share.
BOTTOM_SHARE_MAX = 0.3
BOTTOM_SHARE = 0.25
# Narrowest the side docks get on a narrow window: a few words a line, and the whole window still fits an
# 800-pixel screen (the panes give way first, down to their own minimum).
SIDEBAR_MIN_WIDTH = 110
INSPECTOR_MIN_WIDTH = 120


class Docks:
    """Creates the docks on a main window and routes their signals."""

    def __init__(self, window: ViewerWindow) -> None:
        self.window = window
        self.sidebar = DocumentsSidebar()
        self.inspector = Inspector()
        self.matrix = CoverageMatrix()
        self.problems = ProblemsPanel()
        self.dock_sidebar = self._dock("Documents", self.sidebar, LEFT)
        self.dock_inspector = self._dock("Claim inspector", self.inspector, RIGHT)
        self.dock_matrix = self._dock("Coverage matrix", self.matrix, BOTTOM)
        self.dock_problems = self._dock("Problems", self.problems, BOTTOM)
        self.sidebar.setMinimumWidth(SIDEBAR_MIN_WIDTH)
        self.inspector.setMinimumWidth(INSPECTOR_MIN_WIDTH)
        window.tabifyDockWidget(self.dock_matrix, self.dock_problems)
        self.dock_matrix.raise_()
        self._event: str | None = None

    def resize_defaults(self) -> None:
        """Give the docks readable starting sizes (once the window has its size)."""
        self.window.resizeDocks([self.dock_sidebar, self.dock_inspector], [SIDEBAR_WIDTH, INSPECTOR_WIDTH],
                                Qt.Orientation.Horizontal)
        self.window.resizeDocks([self.dock_matrix], [BOTTOM_HEIGHT], Qt.Orientation.Vertical)

    def fit_height(self, height: int) -> None:
        """On a window made short, give the bottom docks back to the panes (never more than a share of it)."""
        bottom = [d for d in (self.dock_matrix, self.dock_problems) if d.isVisible() and not d.isFloating()]
        if bottom and max(d.height() for d in bottom) > BOTTOM_SHARE_MAX * height:
            self.window.resizeDocks(bottom[:1], [int(BOTTOM_SHARE * height)], Qt.Orientation.Vertical)

    def _dock(self, title: str, widget, area) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(title.lower().replace(" ", "_"))
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        return dock

    def all(self) -> tuple[QDockWidget, ...]:
        return self.dock_sidebar, self.dock_inspector, self.dock_matrix, self.dock_problems

    def connect(self) -> None:
        self.sidebar.shown_requested.connect(self._ticked)
        self.sidebar.event_requested.connect(self._event_requested)
        self.sidebar.document_requested.connect(self._document)
        self.matrix.cell_activated.connect(self._cell)
        self.matrix.document_activated.connect(self._document)
        self.inspector.claim_activated.connect(lambda cid: self._show_claim(cid, None))

    def set_analysis(self, analysis: Analysis) -> None:
        self.sidebar.set_analysis(analysis)
        self.problems.set_analysis(analysis)
        count = problem_count(analysis)
        self.dock_problems.setWindowTitle(f"Problems ({count})" if count else "Problems")
        self._event = None
        self.shown_changed(self.window.area.shown())
        self.inspector.show_claim(analysis, None)

    def shown_changed(self, doc_ids: list[str]) -> None:
        self.sidebar.set_shown(doc_ids)
        analysis = self.window.analysis
        if analysis is None or not doc_ids:
            self._event = None
            self.matrix.model.clear()  # not the previous folder's claims
            return
        event = analysis.document[doc_ids[0]].event
        if event != self._event:
            self._event = event
            self.matrix.set_event(analysis, event)

    def _ticked(self, ticked: list[str]) -> None:
        current = self.window.area.shown()
        order = [d for d in current if d in ticked] + [d for d in ticked if d not in current]
        if order:
            self.window.area.show_documents(order)
        else:  # at least one pane stays: tick it back
            self.sidebar.set_shown(current)

    def _event_requested(self, event: str) -> None:
        if self.window.analysis is not None:
            self.window.area.show_documents(status.default_panes(self.window.analysis, event))

    def _document(self, doc_id: str) -> None:
        """Show a document in the last pane (unless it is shown already)."""
        area, analysis = self.window.area, self.window.analysis
        if analysis is not None:
            shown = status.with_document(analysis, area.shown(), doc_id)
            if shown != area.shown():
                area.show_documents(shown)

    def _cell(self, claim_id: str, doc_id: str) -> None:
        self._show_claim(claim_id, doc_id)

    def _show_claim(self, claim_id: str, doc_id: str | None) -> None:
        """Show a claim (and, when given, document `doc_id` beside it), selected and scrolled into line."""
        area, analysis = self.window.area, self.window.analysis
        if analysis is None or claim_id not in analysis.claim:
            return
        shown = status.with_claim(area.shown(), analysis.claim[claim_id].doc, doc_id)
        if shown != area.shown():
            area.show_documents(shown)
        area.select_claim(claim_id, scroll=True)


def build(window: ViewerWindow) -> Docks:
    return Docks(window)
