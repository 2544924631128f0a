"""The main window: wires the panes, docks, menus, the analysis worker and the settings together."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from readout_viewer.app import docks, fit, geometry, menus, statusline, theme
from readout_viewer.app.display import MESSAGE_MS, Display, no_official_note
from readout_viewer.app.drawer import Drawer
from readout_viewer.app.focus_chain import ShownFocusChain
from readout_viewer.app.legend import Legend
from readout_viewer.app.metadata import MetadataActions
from readout_viewer.app.panes.area import PaneArea
from readout_viewer.app.settings import Settings
from readout_viewer.app.startup.early import FirstJob
from readout_viewer.app.worker import AnalysisRunner
from readout_viewer.core import confidence
from readout_viewer.core.labels import counted, statements_told
from readout_viewer.core.model import Analysis, Link

if TYPE_CHECKING:  # YAML and the file lock: imported once a folder is analysed; the inspector after the first paint
    from readout_viewer.app.decisions.controller import DecisionsController
    from readout_viewer.app.inspector.dock import Inspector

def default_job(folder: Path, known_key: str | None = None):
    """The engine's analysis, without the saved decisions: the window's DecisionsController applies them
    (`known_key`: the folder's cache key, when the start has just worked it out)."""
    from readout_viewer.core.session import run_folder
    return run_folder(folder, use_decisions=False, known_key=known_key)


class MainWindow(ShownFocusChain, QMainWindow):
    """The viewer window. `open_folder` analyses a folder in the background; `show_analysis` displays one."""

    analysis_shown = Signal()  # an analysis is displayed: panes, docks and corrections all hold it
    highlights_shown = Signal()  # the panes show an analysis's highlights (the docks may still be filling)
    texts_shown = Signal()  # the texts of a folder are shown; highlights follow when its analysis is done

    def __init__(self, settings: Settings | None = None, job=default_job) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self._job = job
        self.folder: Path | None = None
        self.base: Analysis | None = None  # the engine's result
        self.decided: Analysis | None = None  # the base with the analyst's decisions applied
        self.analysis: Analysis | None = None  # what is shown: the decided analysis above the confidence floor
        self.min_score = self.settings.min_score()
        self._interim: list[str] | None = None  # the panes chosen for the texts alone, while they are analysed
        self._shown_once = False
        self.display = Display(self)  # what is shown when, and the decisions controller that corrects it
        self._fit_timer = QTimer(self)  # one arrangement of the docks after a burst of resizes
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit)
        self._system_look = theme.original(QApplication.instance())
        self.theme = theme.chosen(self.settings.theme())
        theme.start(QApplication.instance(), self.theme, self._system_look)
        self.area = PaneArea(self)
        self.legend = Legend(self)
        self._central()
        self.runner = AnalysisRunner(self)
        line = statusline.build(self.statusBar(), self.runner.cancel)
        self.progress, self.progress_label, self.cancel_button, self.summary = line
        self.docks = docks.Docks(self)
        self.drawer = Drawer(self)
        self.menu_actions = menus.build(self)
        self.metadata_actions = MetadataActions(self)
        self.setAcceptDrops(True)
        self._connect()
        self._first = geometry.restore(self)  # the size chosen for a first start (no geometry remembered)
        self._set_title()

    # ---- construction
    def _central(self) -> None:
        """The panes, with the legend below them."""
        central = QWidget(self)
        box = QVBoxLayout(central)
        box.setContentsMargins(4, 0, 4, 0)
        box.setSpacing(2)
        box.addWidget(self.area, 1)
        box.addWidget(self.legend)
        self.setCentralWidget(central)

    def _connect(self) -> None:
        self.runner.progress.connect(self._progress)
        self.runner.texts.connect(self._texts)
        self.runner.finished.connect(self._finished)
        self.runner.cancelled.connect(lambda: self._stopped("Analysis cancelled."))
        self.runner.failed.connect(lambda message: self._stopped(f"Analysis failed: {message}"))
        self.area.shown_changed.connect(self._shown_changed)
        self.area.claim_selected.connect(self._claim_selected)
        self.docks.connect()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            geometry.first_show(self, self._first)
            self.area.setFocus()  # the keyboard starts on the texts, not on whichever toolbar box comes first

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.legend.set_compact(fit.short_screen(event.size().height()))
        if not self._shown_once:
            return
        if event.size().width() != event.oldSize().width():
            self._fit_timer.start()  # docks are never moved inside a resize: Qt is laying the window out
        if event.size().height() < event.oldSize().height():
            self.drawer.fit_height(event.size().height())

    def refit(self) -> None:
        """Arrange the docks for the window's width and pane count, once the current change is laid out."""
        if self._shown_once:
            self._fit_timer.start()

    def _fit(self) -> None:
        if self.docks.fit():
            self.statusBar().showMessage("The panels moved to leave the panes room to be read.", MESSAGE_MS)

    def toggle_drawer(self) -> None:
        """Hide the docks below the panes, or show them again as they were (Ctrl+J)."""
        self.drawer.toggle()

    def enlarge_drawer(self) -> None:
        """Give the docks below the panes most of the height, or their usual share back (Ctrl+Shift+J)."""
        self.drawer.enlarge()

    def set_min_score(self, value: float) -> None:
        """Hide what the engine scores below `value` everywhere (panes, ribbons, lists, PDF); remembered."""
        value = round(max(0.0, min(1.0, value)), 2)
        if value == self.min_score:
            return
        self.min_score = value
        self.settings.set_min_score(value)
        if self.decided is not None:
            self.display.show_keeping_selection(self.decided)
            hidden = confidence.hidden(self.decided, value)
            said = (f"{counted(hidden['links'], 'link')}, {counted(hidden['attributions'], 'attribution')} and "
                    f"{counted(hidden['unreported'], 'report')} hidden; claims they joined now read as left out."
                    if any(hidden.values()) else "nothing hidden, every link and attribution the engine made shown.")
            self.statusBar().showMessage(f"Score ≥ {value:.2f}: {said}", MESSAGE_MS)

    def _set_title(self) -> None:
        name = self.folder.name if self.folder else "no folder"
        self.setWindowTitle(f"{name} — readout-viewer")

    def set_theme(self, name: str) -> None:
        """Switch to the system's, light or dark colours, remember it, and redraw the claim tints for it."""
        self.theme = name
        self.settings.set_theme(name)
        theme.apply(QApplication.instance(), name, self._system_look)
        QTimer.singleShot(0, self._redisplay)  # once the widgets have taken the new palette

    def _redisplay(self) -> None:
        if self.analysis is not None:
            self.display.show_keeping_selection(self.analysis)

    # ---- folders and analyses
    def open_folder(self, folder: Path) -> None:
        """Analyse `folder` in the background; the panes show it when the analysis is done."""
        folder = Path(folder)
        if not folder.is_dir():
            self.statusBar().showMessage(f"{folder} is not a folder that can be read.", MESSAGE_MS)
            return
        self.display.after_paint.flush()  # the folder shown settles before another is opened
        self.folder = folder
        self.summary.setText(f"{folder.name}: being read…")  # the last folder's counts are not this one's
        self._set_title()
        self.menu_actions.find_field.clear()  # the last folder's words
        self.settings.remember_folder(folder)
        menus.refresh_recent(self)
        # a start's job may hold the folder's cached analysis, small enough to read now
        ready = self._job.cached(folder) if isinstance(self._job, FirstJob) else None
        if ready is not None:  # shown by the first paint: no thread, no waiting panes painted before it
            self.runner.let_go()
            self._finished(folder, ready)
            return
        self._progress(0.0, f"Opening {folder}")
        for w in (self.progress_label, self.progress, self.cancel_button):
            w.show()
        self.menu_actions.cancel.setEnabled(True)
        self.area.set_waiting(f"Analysing {folder.name}…\n\nThe texts appear here as soon as they are read; what "
                              "agrees, diverges or is left out is marked when the analysis is done (Esc cancels).")
        self.runner.start(folder, lambda: self._job(folder))

    def _texts(self, folder: Path, documents) -> None:
        """The folder's texts, as soon as they are read: shown while the analysis goes on (no highlights yet)."""
        if folder != self.folder:
            return
        texts = Analysis(root=str(folder), documents=tuple(documents))
        self._interim = self.display.initial_panes(texts)
        self.display.show(texts, first=True, interim=True, defer=True)

    def _progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(round(fraction * statusline.PROGRESS_STEPS))
        self.progress_label.setText(message)

    def _stopped(self, summary: str) -> None:
        """The analysis ended (done, cancelled or failed): its progress hidden, `summary` shown at once and kept."""
        self._interim = None  # panes the reader chose while the texts were analysed are saved, and come first
        for w in (self.progress_label, self.progress, self.cancel_button):
            w.hide()
        self.menu_actions.cancel.setEnabled(False)
        self.area.set_waiting(None)
        self.summary.setText(summary)
        self.statusBar().clearMessage()  # a hint of the layout was for the texts shown while they were read

    def _finished(self, folder: Path, analysis: Analysis) -> None:
        problems = f", {counted(len(analysis.problems), 'problem')}" if analysis.problems else ""
        self._stopped(f"{counted(len(analysis.documents), 'document')}, {statements_told(analysis, others=False)}, "
                      f"{counted(len(analysis.links), 'link')}{problems}{no_official_note(analysis)}")
        if not analysis.documents:
            self.statusBar().showMessage(f"No document could be read in {folder}: see Problems." if analysis.problems
                                         else f"No text file in {folder}: open another folder (Ctrl+O).", MESSAGE_MS)
            self.docks.dock_problems.show()
            self.docks.dock_problems.raise_()
        self.display.analysed(folder)  # its decisions applied before the first paint, or a controller made after
        self.show_analysis(analysis, folder, defer=True)
        self.metadata_actions.analysed(folder, analysis)

    def show_analysis(self, analysis: Analysis, folder: Path | None = None, defer: bool = False) -> None:
        """Display an analysis (the base; analyst decisions are applied on top when the controller exists);
        `defer`: the docks are filled once the panes have painted (analysis_shown says when)."""
        if folder is not None:
            self.folder = Path(folder)
            self._set_title()
        self.base = analysis
        self.display.show(self.display.decided(analysis), first=True, defer=defer)

    @property
    def settled(self) -> bool:
        """Whether the docks hold what the panes show (False between a folder's first paint and their filling)."""
        return self.display.settled

    @property
    def inspector(self) -> Inspector:
        """The claim inspector (made once the panes have painted, or when first asked for)."""
        return self.docks.inspector

    @property
    def controller(self) -> DecisionsController | None:
        """The current folder's DecisionsController (None before it is made, or when it could not be)."""
        return self.display.controller

    # ---- selection, for the inspector and the decisions controller
    def selected_claim_ids(self) -> list[str]:
        return self.area.selected_claim_ids()

    def selected_link(self) -> Link | None:
        return self.area.link

    def _claim_selected(self, claim_id: str) -> None:
        if self.analysis is not None:
            self.inspector.show_claim(self.analysis, claim_id, tuple(self.area.shown()))
            fit.bring_forward(self, self.docks.dock_inspector)

    def _shown_changed(self, doc_ids: list[str]) -> None:
        if self.folder is not None and doc_ids and doc_ids != self._interim:  # the texts' first panes are no choice
            self.settings.set_panes(self.folder, doc_ids)
        if not self.display.settled:  # the docks are filled for these panes once they are painted
            self.docks.sidebar.set_shown(doc_ids)
        else:
            self.docks.shown_changed(doc_ids)
        self.legend.show_for(self.analysis, self.area.shown(), self.min_score)

    # ---- drag and drop of a folder
    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and Path(urls[0].toLocalFile()).is_dir():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        folder = Path(event.mimeData().urls()[0].toLocalFile())
        if folder.is_dir():
            self.open_folder(folder)

    def closeEvent(self, event) -> None:
        self.runner.wait()
        geometry.save(self)
        super().closeEvent(event)
