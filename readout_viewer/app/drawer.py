"""The drawer: the docks below the panes, hidden and shown again (Ctrl+J), enlarged (Ctrl+Shift+J), and given
back to the panes when the window is made short."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from readout_viewer.app import fit
from readout_viewer.app.docks import BOTTOM
from readout_viewer.app.protocols import ViewerWindow

# The bottom docks never take more than this share of a window's height when it is made shorter (the texts are
# the point); past it they shrink to the second share.
BOTTOM_SHARE_MAX = 0.4
BOTTOM_SHARE = 0.3
# How long the status bar says how to bring hidden panels back (milliseconds).
HIDDEN_MS = 8000


class Drawer:
    """Hides, shows and sizes the window's docks below the panes (app/docks.py makes them)."""

    def __init__(self, window: ViewerWindow) -> None:
        self.window = window
        self.hidden: list[QDockWidget] = []  # the docks Ctrl+J hid, shown again by the next Ctrl+J

    def fit_height(self, height: int) -> None:
        """On a window made short, give the bottom docks back to the panes (never more than a share of it)."""
        bottom = [d for d in self.window.docks.all() if self.window.dockWidgetArea(d) == BOTTOM and d.isVisible()
                  and not d.isFloating()]
        if bottom and max(d.height() for d in bottom) > BOTTOM_SHARE_MAX * height:
            self.window.resizeDocks(bottom[:1], [int(BOTTOM_SHARE * height)], Qt.Orientation.Vertical)

    def toggle(self) -> None:
        """Hide the docks below the panes (the panes get the whole height), or show them again as they were."""
        drawer = self.window.docks.drawer()
        shown = [d for d in drawer if not d.isHidden()]
        if shown:
            on_top = [d for d in shown if not d.visibleRegion().isEmpty()]  # the current tab of each group
            self.hidden = shown + on_top  # shown again in this order: the tabs in front end in front
            for dock in shown:
                dock.hide()
            self.window.statusBar().showMessage("Panels hidden: Ctrl+J shows them again.", HIDDEN_MS)
            return
        for dock in self.hidden or drawer:
            dock.show()
            dock.raise_()
        self.hidden = []

    def fold(self, note: str, side_docks: bool) -> None:
        """Start with the drawer hidden (a short screen: fit.short_screen), saying `note`: the lists, and the
        documents and inspector too when they sit in it (`side_docks`: COMPACT); beside the panes they stay. Ctrl+J
        shows what was hidden, the first list (the findings) in front, as an arrangement raises it."""
        docks = self.window.docks
        folding = docks.lists() + ([docks.dock_sidebar, docks.dock_inspector] if side_docks else [])
        shown = [d for d in folding if not d.isHidden() and not d.isFloating()]
        for dock in shown:
            dock.hide()
        self.hidden = shown + [d for d in docks.lists()[:1] if d in shown]
        self.window.statusBar().showMessage(note, HIDDEN_MS)

    def enlarge(self) -> None:
        """Give the docks below the panes most of the height (a long list to read), or their usual share back."""
        if not [d for d in self.window.docks.drawer() if not d.isHidden()]:
            self.toggle()
        in_front = [d for d in self.window.docks.drawer() if not d.isHidden() and not d.visibleRegion().isEmpty()]
        if not in_front:
            return
        height = self.window.height()
        tall = in_front[0].height() < (fit.TALL_SHARE - 0.05) * height
        share = fit.TALL_SHARE if tall else fit.DRAWER_SHARE
        self.window.resizeDocks(in_front[:1], [int(share * height)], Qt.Orientation.Vertical)
