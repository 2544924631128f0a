"""What the menu and toolbar actions do: open, reload, export, find, step through divergences and findings."""

from __future__ import annotations

from pathlib import Path

from readout_viewer.app import navigate
from readout_viewer.app.protocols import ViewerWindow
from readout_viewer.core import status
from readout_viewer.core.model.vocabulary import KIND_WORDS, OMISSION

# A short hint in the status bar stays this long (milliseconds).
HINT_MS = 4000


def paste(window: ViewerWindow) -> None:
    from readout_viewer.app import paste_action  # its dialog and the metadata guesses: when first asked for
    paste_action.new_from_clipboard(window)


def previous_panes(window: ViewerWindow) -> None:
    if not window.area.previous_panes():
        window.statusBar().showMessage("No earlier choice of panes.", HINT_MS)


def open_dialog(window: ViewerWindow) -> None:
    from PySide6.QtWidgets import QFileDialog  # its types made when first asked for, not before a first paint
    start = str(window.folder or Path.home())
    folder = QFileDialog.getExistingDirectory(window, "Open a folder of texts", start)
    if folder:
        window.open_folder(Path(folder))


def reload(window: ViewerWindow) -> None:
    if window.folder is not None:
        window.open_folder(window.folder)


def export(window: ViewerWindow) -> None:
    if window.runner.busy():  # the texts may be shown already, their highlights are not
        window.statusBar().showMessage("The folder is still being analysed: export once it is done.", 8000)
    elif window.analysis is not None:
        from readout_viewer.app.export_action import export_with_dialog  # its dialog: when asked for
        export_with_dialog(window, window.analysis, window.folder, window.area.shown(), min_score=window.min_score)


def focus_find(window: ViewerWindow) -> None:
    window.menu_actions.find_field.setFocus()
    window.menu_actions.find_field.selectAll()


def find(window: ViewerWindow, forward: bool) -> None:
    words = window.menu_actions.find_field.text()
    if not words:
        return
    if navigate.find_text(window.area, words, forward):
        found = navigate.count_text(window.area, words)
        window.statusBar().showMessage(f"“{words}”: {found} in the shown documents (F3 next, Shift+F3 previous).",
                                       HINT_MS)
    else:
        window.statusBar().showMessage(f"“{words}” is not in the shown documents.", HINT_MS)


def step(window: ViewerWindow, wanted: str, forward: bool) -> None:
    """Next (previous) divergence or omission, saying which of how many, and when it wrapped around."""
    found = navigate.step_status(window.area, wanted, forward)
    if found is None:
        window.statusBar().showMessage(f"No claim {status_words(wanted)} in the shown documents.", HINT_MS)
        return
    noun = "Divergence" if wanted == status.DIVERGE else KIND_WORDS[OMISSION]
    wrapped = f" — wrapped around to the {'first' if forward else 'last'}" if found.wrapped else ""
    window.statusBar().showMessage(f"{noun} {found.number} of {found.total} in the shown documents{wrapped}.",
                                   HINT_MS)


def step_finding(window: ViewerWindow, forward: bool) -> None:
    """Next (previous) row of the Findings panel (shown and raised), as its filters list them."""
    dock = window.docks.dock_findings
    if not dock.isVisible():
        dock.show()
    dock.raise_()
    found = window.docks.findings.step(forward)
    if found is not None:
        position = window.docks.findings.position.text()
        window.statusBar().showMessage(f"Finding {position}: {KIND_WORDS[found.kind].lower()}.", HINT_MS)


def show_dock(window: ViewerWindow, dock, focus=None) -> None:
    """Show a dock (out of the drawer if it was hidden there) in front of its tabs."""
    dock.show()
    dock.raise_()
    if focus is not None:
        focus.setFocus()


def status_words(wanted: str) -> str:
    return {status.DIVERGE: "diverges", status.OMITTED: "is left out"}.get(wanted, wanted)
