"""What is shown when: the panes at once, the docks once they have painted, and the decisions controller's life."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from readout_viewer.app import fit, menus
from readout_viewer.app.afterpaint import AfterPaint
from readout_viewer.app.protocols import ShowingWindow
from readout_viewer.core import confidence, status
from readout_viewer.core.decisions import where as decisions_file
from readout_viewer.core.model import Analysis

if TYPE_CHECKING:  # YAML and the file lock: imported once a folder is analysed
    from readout_viewer.app.decisions.controller import DecisionsController

# How long a status bar message stays, in milliseconds (the window's, its display's and the metadata's).
MESSAGE_MS = 8000


def no_official_note(analysis: Analysis) -> str:
    """Said after a folder's counts when it holds documents and no official text (a folder of articles alone)."""
    if not analysis.documents or analysis.has_official:
        return ""
    return "; no official text: the documents are compared with one another only (see Problems)"


class Display:
    """Shows an analysis in the window's panes, then in its docks (at once, or once the panes have painted), with
    the analyst's decisions applied by the folder's DecisionsController, which it makes and drops."""

    def __init__(self, window: ShowingWindow) -> None:
        self.window = window
        self.controller: DecisionsController | None = None
        self.after_paint = AfterPaint(window)  # type: ignore[arg-type]  # a folder's lists filled once painted
        self.docks_later = False  # the docks wait for settle() (the panes' first paint comes first)
        self.controller_later: Path | None = None  # a folder without decisions: its controller made in settle()

    @property
    def settled(self) -> bool:
        """Whether the docks hold what the panes show (False between a folder's first paint and their filling)."""
        return not self.docks_later

    # ---- showing
    def show(self, analysis: Analysis, first: bool, interim: bool = False, defer: bool = False) -> None:
        """Show `analysis` in the panes, then in the docks: at once, or (`defer`) once the panes have painted."""
        w = self.window
        self.after_paint.cancel()  # a display not yet settled is replaced by this one
        w.decided = analysis
        analysis = w.analysis = confidence.at_least(analysis, w.min_score)
        shown = w.area.shown() if not first else self.initial_panes(analysis)
        shown = [d for d in shown if d in analysis.document] or self.initial_panes(analysis)
        self.docks_later = defer
        w.area.set_analysis(analysis, shown)
        menus.refresh_controls(w, analysis, interim)  # the controls that can act on it, and only those
        sizes = w.settings.splitter_sizes()
        if first and len(sizes) == len(w.area.panes) and all(size > 0 for size in sizes):
            w.area.splitter.setSizes(sizes)
        if not defer:
            self.settle(interim)
            return
        w.docks.show_first(analysis)  # what the first paint shows of the docks, cheaply
        (w.texts_shown if interim else w.highlights_shown).emit()
        self.after_paint.schedule([pane.text.viewport() for pane in w.area.panes], lambda: self.settle(interim))

    def settle(self, interim: bool) -> None:
        """The docks filled for the analysis shown; then analysis_shown (texts_shown for the texts alone)."""
        w = self.window
        if not interim and self.controller_later is not None and self.attach_later():
            return  # decisions saved meanwhile changed what is shown: it was shown again, and settled
        was_later, self.docks_later = self.docks_later, False
        assert w.analysis is not None  # show() set it before scheduling this
        w.docks.set_analysis(w.analysis)
        if interim:
            if not was_later:
                w.texts_shown.emit()
            return
        if not was_later:
            w.highlights_shown.emit()
        w.analysis_shown.emit()

    def show_keeping_selection(self, analysis: Analysis) -> None:
        """Display `analysis` in the same panes, the selected pair still selected when it is still there."""
        area = self.window.area
        selected = area.selected_claim_ids()
        self.show(analysis, first=False)
        if selected and selected[0] in analysis.claim:
            area.select_claim(selected[0], partner=selected[1] if len(selected) > 1 else None)

    def initial_panes(self, analysis: Analysis) -> list[str]:
        """The panes a folder opens with: those saved for it (two or more still there), else the default ones, as
        many as the window holds readable (fit.opening_panes)."""
        w = self.window
        saved = [d for d in w.settings.panes(w.folder) if d in analysis.document] if w.folder else []
        return saved if len(saved) >= 2 else status.default_panes(analysis, count=fit.opening_panes(w))

    def decided(self, analysis: Analysis) -> Analysis:
        """`analysis` with the analyst's decisions applied (itself while there is no controller)."""
        if self.controller is None:
            return analysis
        shown = self.controller.apply(analysis)
        self.controller.set_analysis(shown)
        return shown

    # ---- the decisions controller
    def analysed(self, folder: Path) -> None:
        """A folder's analysis is about to be shown: its controller now, or once it is painted."""
        self.controller_later = None
        if decisions_file.saved(folder):  # decisions may change what is shown: applied before the first paint
            self.attach(folder)
        else:  # applying none changes nothing: the controller (YAML, the file lock) is made once it is painted
            self.detach()
            self.controller_later = Path(folder)

    def attach_later(self) -> bool:
        """Make the controller of a folder shown without one; True if its decisions changed what is shown (a
        file saved since the folder was opened), which is then shown again."""
        w = self.window
        folder, self.controller_later = self.controller_later, None
        if folder is None or folder != w.folder or w.base is None:
            return False
        self.attach(folder)
        decided = self.decided(w.base)
        if decided is w.decided:
            return False
        self.show_keeping_selection(decided)
        return True

    def detach(self) -> None:
        if self.controller is not None:
            self.controller.deleteLater()  # its correction actions leave the window with it
        self.controller = None

    def attach(self, folder: Path) -> None:
        self.detach()
        from readout_viewer.app.decisions.controller import DecisionsController  # YAML, locks: once analysed
        w = self.window
        try:
            self.controller = DecisionsController(folder, parent=w)  # type: ignore[arg-type]
        except Exception as exc:  # a broken controller must not stop the viewer
            self.controller = None
            w.statusBar().showMessage(f"Corrections are unavailable: {exc}", MESSAGE_MS)
            return
        self.controller.changed.connect(self._decisions_changed)
        self.controller.message.connect(lambda text: w.statusBar().showMessage(text, MESSAGE_MS))
        menus.add_undo(w, self.controller)
        self.controller.install(w)

    def _decisions_changed(self) -> None:
        if self.window.base is not None:
            self.show_keeping_selection(self.decided(self.window.base))
