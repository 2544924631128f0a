"""The window's docks (documents, inspector, findings, compare, coverage matrix, problems) and how they talk to the
panes; where they sit is app/fit.py's business, hiding and sizing those below the panes app/drawer.py's."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from readout_viewer.app import fit
from readout_viewer.app.protocols import ViewerWindow
from readout_viewer.app.sidebar import DocumentsPanel, DocumentsSidebar
from readout_viewer.core import status
from readout_viewer.core.labels import short_name
from readout_viewer.core.model import Analysis, Link

if TYPE_CHECKING:  # made when first asked for: a folder's docks are filled after its first paint
    from readout_viewer.app.compare import ComparePanel
    from readout_viewer.app.findings.panel import FindingsPanel
    from readout_viewer.app.inspector.dock import Inspector
    from readout_viewer.app.matrix import CoverageMatrix
    from readout_viewer.app.problems import ProblemsPanel
    from readout_viewer.core.findings import Finding

BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
# Narrowest the side docks get: a few words a line (fit.py moves them below the panes before that).
SIDEBAR_MIN_WIDTH = 110
INSPECTOR_MIN_WIDTH = 120
# How long a note on what the panes now show stays in the status bar (milliseconds).
NOTICE_MS = 6000


class Docks:
    """Creates the docks on a main window and routes their signals."""

    def __init__(self, window: ViewerWindow) -> None:
        self.window = window
        self.mode = ""  # the arrangement the docks are in (fit.WIDE, MEDIUM, COMPACT)
        self.placed: set[QDockWidget] = set()  # docks the user moved: a new arrangement leaves them there
        self._arranging = False
        self.sidebar = DocumentsSidebar()
        self.documents = DocumentsPanel(self.sidebar)
        self._inspector: Inspector | None = None
        self._findings: FindingsPanel | None = None
        self._compare: ComparePanel | None = None
        self._matrix: CoverageMatrix | None = None
        self._problems: ProblemsPanel | None = None
        self.dock_sidebar = self._dock("Documents", self.documents)
        self.dock_inspector = self._dock("Claim inspector", None)  # its panel: self.inspector
        self.dock_findings = self._dock("Findings", None)  # its panel: self.findings
        self.dock_compare = self._dock("Compare", None)  # its panel: self.compare
        self.dock_matrix = self._dock("Coverage matrix", None)  # its panel: self.matrix
        self.dock_problems = self._dock("Problems", None)  # its panel: self.problems
        self.sidebar.setMinimumWidth(SIDEBAR_MIN_WIDTH)
        for dock in self.lists()[1:]:  # side by side, their minimum widths would add up past a laptop's screen
            window.tabifyDockWidget(self.dock_findings, dock)
        window.addDockWidget(fit.LEFT, self.dock_sidebar)
        window.addDockWidget(fit.RIGHT, self.dock_inspector)
        self._width = 0  # the window's width at the last fit: a window made wider widens the documents' names
        self._event: str | None = None  # the event the matrix shows
        self._event_of: Analysis | None = None  # and the analysis it shows it from (identity, not equality)
        self._compared_event: str | None = None
        self._first: Analysis | None = None  # what show_first showed, until set_analysis fills the rest from it

    def _dock(self, title: str, widget) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(title.lower().replace(" ", "_"))
        if widget is not None:
            dock.setWidget(widget)
        self.window.addDockWidget(BOTTOM, dock)
        dock.dockLocationChanged.connect(lambda _area, d=dock: self._moved(d))
        dock.topLevelChanged.connect(lambda _floating, d=dock: self._moved(d))
        return dock

    def _moved(self, dock: QDockWidget) -> None:
        """A dock the user moved (after the first arrangement, not by one) stays where they put it."""
        if self.mode and not self._arranging:
            self.placed.add(dock)

    @property
    def inspector(self) -> Inspector:
        """The claim inspector, made the first time it is asked for: once the panes have painted (the docks are
        filled then), or before, by whatever needs it first (a folder's saved decisions, a selection)."""
        if self._inspector is None:
            from readout_viewer.app.inspector.dock import Inspector
            self._inspector = inspector = Inspector()
            inspector.setMinimumWidth(INSPECTOR_MIN_WIDTH)
            inspector.claim_activated.connect(lambda cid: self._show_claim(cid, None))
            inspector.link_activated.connect(self._show_link)
            self.window.area.link_selected.connect(inspector.set_target)
            self.dock_inspector.setWidget(inspector)
        return self._inspector

    @property
    def findings(self) -> FindingsPanel:
        """The Findings panel, made the first time it is asked for (once the panes have painted, as the inspector)."""
        if self._findings is None:
            from readout_viewer.app.findings.panel import FindingsPanel
            self._findings = panel = FindingsPanel()
            panel.ask_path = self._csv_path
            panel.finding_activated.connect(self.show_finding)
            panel.message.connect(lambda text: self.window.statusBar().showMessage(text, NOTICE_MS))
            self.dock_findings.setWidget(panel)
        return self._findings

    @property
    def compare(self) -> ComparePanel:
        """The Compare panel, made the first time it is asked for (a tab the first paint does not show)."""
        if self._compare is None:
            from readout_viewer.app.compare import ComparePanel
            self._compare = panel = ComparePanel()
            panel.claim_activated.connect(self._show_claim)
            panel.show_both.connect(lambda a, b: self.window.area.show_documents([a, b]))
            self.dock_compare.setWidget(panel)
        return self._compare

    @property
    def matrix(self) -> CoverageMatrix:
        """The coverage matrix, made the first time it is asked for (a tab the first paint does not show)."""
        if self._matrix is None:
            from readout_viewer.app.matrix import CoverageMatrix
            from readout_viewer.app.matrix_model import partner_in  # the pair a cell shows: corrections act on it
            self._matrix = matrix = CoverageMatrix()
            matrix.cell_activated.connect(lambda c, d: self._show_claim(c, d, partner_in(self.window.analysis, c, d)))
            matrix.document_activated.connect(self._document)
            self.dock_matrix.setWidget(matrix)
        return self._matrix

    @property
    def problems(self) -> ProblemsPanel:
        """The Problems panel, made the first time it is asked for (a tab the first paint does not show)."""
        if self._problems is None:
            from readout_viewer.app.problems import ProblemsPanel
            self._problems = panel = ProblemsPanel()
            self.dock_problems.setWidget(panel)
        return self._problems

    def all(self) -> tuple[QDockWidget, ...]:
        return (self.dock_sidebar, self.dock_inspector, self.dock_findings, self.dock_compare, self.dock_matrix,
                self.dock_problems)

    def lists(self) -> list[QDockWidget]:
        """The docks that are lists (they go below the panes, as tabs), the one raised first."""
        return [self.dock_findings, self.dock_compare, self.dock_matrix, self.dock_problems]

    # ---- where the docks sit
    def fit(self, force: bool = False) -> bool:
        """Arrange the docks for the window's width and pane count, if that changed (or `force`); True if moved."""
        panes = fit.panes_of(self.window)
        mode = fit.mode_for(self.window.width(), panes)
        grew, self._width = self.window.width() > self._width, self.window.width()
        if mode == self.mode and not force:
            if grew:  # maximized, say: the names get their room, the panes keep theirs
                self.widen_names()
            return False
        self.mode, self._arranging = mode, True  # the docks' moves below are not the user's
        fit.arrange(self.window, mode, self.dock_sidebar, self.dock_inspector, self.lists(),
                    panes, self.sidebar.names_width(), frozenset(self.placed))
        self._arranging = False
        return True

    def widen_names(self) -> None:
        """Beside the panes, the documents dock as wide as its names want, within fit.side_widths' bounds (never
        narrower than it is: a user's wider dock stays)."""
        wanted = self.sidebar.names_width()
        if self.mode == fit.WIDE and self.dock_sidebar.width() < min(wanted, fit.NAMES_MAX):
            widths = fit.side_widths(fit.side_spare(self.window.width(), fit.panes_of(self.window)), wanted)
            self.window.resizeDocks([self.dock_sidebar, self.dock_inspector], list(widths), Qt.Orientation.Horizontal)

    def drawer(self) -> list[QDockWidget]:
        """The docks below the panes (the drawer that Ctrl+J hides and shows: app/drawer.py)."""
        return [d for d in self.all() if self.window.dockWidgetArea(d) == BOTTOM and not d.isFloating()]

    # ---- signals
    def connect(self) -> None:
        self.sidebar.shown_requested.connect(self._ticked)
        self.sidebar.event_requested.connect(self._event_requested)
        self.sidebar.document_requested.connect(self._document)

    def show_first(self, analysis: Analysis) -> None:
        """What a first paint shows of the docks and costs little: the documents' list, ticked as the panes are,
        and the number of problems (set_analysis fills every dock after, this list kept)."""
        self._first = analysis
        self.sidebar.set_analysis(analysis)
        self.sidebar.set_shown(self.window.area.shown())
        self.widen_names()
        count = len(analysis.problems) + len(analysis.orphans)  # unreadable files and orphaned corrections
        self.dock_problems.setWindowTitle(f"Problems ({count})" if count else "Problems")

    def set_analysis(self, analysis: Analysis) -> None:
        if analysis is not self._first:  # else the first paint's list stands: it was made from this analysis
            self.show_first(analysis)
        self._first = None
        self.documents.set_analysis(analysis)  # the metadata editor's choices (the governments' table)
        self.problems.set_analysis(analysis)
        shown = self.window.area.shown()
        event = analysis.document[shown[0]].event if shown else None
        self.findings.set_analysis(analysis)
        total = len(self.findings.model.rows)
        self.dock_findings.setWindowTitle(f"Findings ({total})" if total else "Findings")
        self._compared_event = None
        self.compare.set_analysis(analysis, *(shown[:2] + [None, None])[:2])
        self._compared_event = event
        self.shown_changed(shown)
        self.inspector.show_claim(analysis, None)

    def shown_changed(self, doc_ids: list[str]) -> None:
        self.sidebar.set_shown(doc_ids)
        analysis = self.window.analysis
        if analysis is None or not doc_ids:
            self._event = None
            self.matrix.clear()  # not the previous folder's claims
            return
        if self.inspector.claim_id is not None and (self.inspector.claim_id not in analysis.claim or
                                                    analysis.claim[self.inspector.claim_id].doc not in doc_ids):
            self.inspector.show_claim(analysis, None)  # a claim no pane shows any more is not inspected
        event = analysis.document[doc_ids[0]].event
        if event != self._event or analysis is not self._event_of:  # another event, or another analysis of it
            self._event, self._event_of = event, analysis
            self.matrix.set_event(analysis, event)
        if event != self._compared_event and len(doc_ids) >= 2:  # another event: compare its first two texts
            self._compared_event = event
            self.compare.choose(doc_ids[0], doc_ids[1])
        self.window.refit()  # the pane count may ask for another arrangement (after this change is laid out)

    def _ticked(self, ticked: list[str]) -> None:
        current = self.window.area.shown()
        order = [d for d in current if d in ticked] + [d for d in ticked if d not in current]
        if order:
            self.window.area.show_documents(order)
        else:  # at least one pane stays: tick it back
            self.sidebar.set_shown(current)

    def _event_requested(self, event: str) -> None:
        if (analysis := self.window.analysis) is not None:  # as many panes as a folder opens with
            self.window.area.show_documents(status.default_panes(analysis, event, fit.opening_panes(self.window)))

    def _document(self, doc_id: str) -> None:
        """Show a document in the last pane (unless it is shown already)."""
        area, analysis = self.window.area, self.window.analysis
        if analysis is not None:
            shown = status.with_document(analysis, area.shown(), doc_id)
            if shown != area.shown():
                self._show_panes(shown)

    def _show_panes(self, shown: list[str]) -> None:
        """Show these panes, and say in the status bar which document gave way (View → Previous panes undoes)."""
        area, analysis = self.window.area, self.window.analysis
        gone = [d for d in area.shown() if d not in shown]
        area.show_documents(shown)
        if gone and analysis is not None:
            names = ", ".join(short_name(analysis.document[d]) for d in gone)
            self.window.statusBar().showMessage(f"In place of {names} (Ctrl+Backspace: the previous panes).",
                                                NOTICE_MS)

    def _show_claim(self, claim_id: str, doc_id: str | None, partner: str | None = None) -> None:
        """Show a claim (and, when given, document `doc_id` beside it), selected and scrolled into line."""
        area, analysis = self.window.area, self.window.analysis
        if analysis is None or claim_id not in analysis.claim:
            return
        home = analysis.claim[claim_id].doc
        current = area.shown()
        if current and analysis.document[current[0]].event != analysis.document[home].event:
            current = status.default_panes(analysis, analysis.document[home].event)  # that event's main texts
        shown = status.with_claim(current, home, doc_id)
        if shown != area.shown():
            self._show_panes(shown)
        area.select_claim(claim_id, scroll=True, partner=partner)

    def _show_link(self, link: Link, claim_id: str) -> None:
        """A counterpart chosen in the inspector: select that pair; its document replaces a pane only if it is not
        shown (the inspector's words said so), and the status bar says which."""
        analysis = self.window.analysis
        if analysis is None or link.a not in analysis.claim or link.b not in analysis.claim:
            return
        other = link.other(claim_id)
        self._show_claim(claim_id, analysis.claim[other].doc, partner=other)

    def show_finding(self, f: Finding) -> None:
        """Show a finding's two sides in the panes: its text selected, its counterpart beside it."""
        analysis = self.window.analysis
        if analysis is None or f.doc not in analysis.document:
            return
        from readout_viewer.core import findings  # with the Findings panel, once the panes have painted
        claim = findings.claim_of(analysis, f)
        other_doc = f.other_doc if f.other_doc in analysis.document and f.other_doc != f.doc else None
        if claim is None:
            return
        self._show_claim(claim, other_doc, partner=findings.counterpart_of(analysis, f))

    def _csv_path(self, suggested: str) -> Path | None:
        start = str((self.window.folder.parent if self.window.folder else Path.home()) / suggested)
        from PySide6.QtWidgets import QFileDialog  # its types made when first asked for, not before a first paint
        name, _ = QFileDialog.getSaveFileName(self.window, "Export findings as CSV", start, "CSV files (*.csv)")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")
