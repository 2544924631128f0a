"""Qt glue for File → New document from clipboard: ask what the text is, save it (core/loading/pasted.py), analyse the
folder again and show the new document in the last pane."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from readout_viewer.app.paste_dialog import PasteDialog
from readout_viewer.app.protocols import ViewerWindow
from readout_viewer.core.loading import pasted
from readout_viewer.core.loading.metadata import document_id
from readout_viewer.core.system.paths import bundled_corpus


def _current_event(window: ViewerWindow) -> str:
    """The event of the documents shown, else the first event, else none."""
    analysis = window.analysis
    if analysis is None:
        return ""
    for doc_id in window.area.shown():
        if doc_id in analysis.document:
            return analysis.document[doc_id].event
    return analysis.events[0] if analysis.events else ""


def _in_bundled_example(folder: Path) -> bool:
    """Whether `folder` is (or lies inside) the example corpus shipped with readout-viewer (a first start opens it)."""
    example = bundled_corpus()
    if example is None:
        return False
    try:
        return folder.resolve().is_relative_to(example.resolve())
    except OSError:
        return False


def ask(window: ViewerWindow, text: str) -> pasted.Pasted | None:
    """The dialog; what it says, or None when cancelled."""
    events = list(window.analysis.events) if window.analysis is not None else []
    dialog = PasteDialog(window, text, pasted.suggest_title(text), events, _current_event(window))
    return dialog.pasted() if dialog.exec() == QDialog.DialogCode.Accepted else None


def new_from_clipboard(window: ViewerWindow, asker=ask) -> None:
    """Save the clipboard's text as a new document of the open folder and show it."""
    if window.folder is None:
        QMessageBox.information(window, "New document from clipboard", "Open a folder first: the pasted text is "
                                "saved in it, beside the other documents.")
        return
    if _in_bundled_example(window.folder):
        # A first start opens the bundled example, so Ctrl+Shift+V there is a journalist's first paste: it wrote the
        # article into the program's own example (corpus/ of a checkout), under one of its events.
        QMessageBox.information(window, "New document from clipboard", "The open folder is readout-viewer's "
                                "bundled example, which ships with the program: a pasted article is not added to "
                                "it. Make a folder for your event, open it (File → Open folder, Ctrl+O), then paste "
                                "again.")
        return
    text = QApplication.clipboard().text()
    if not text.strip():
        QMessageBox.information(window, "New document from clipboard", "The clipboard holds no text. Copy the "
                                "article (Ctrl+A, Ctrl+C in the browser or editor), then try again.")
        return
    answer = asker(window, text)
    if answer is None:
        return
    try:
        path = pasted.save(window.folder, answer)
    except (pasted.NothingToSave, OSError) as exc:
        QMessageBox.warning(window, "New document from clipboard", f"The text was not saved: {exc}.")
        return
    rel = path.relative_to(window.folder).as_posix()
    show_when_analysed(window, document_id(rel))
    window.statusBar().showMessage(f"Saved {rel}; analysing the folder again…")
    window.open_folder(window.folder)


def show_when_analysed(window: ViewerWindow, doc_id: str) -> None:
    """Once the next analysis is shown, put `doc_id` in the last pane (beside the documents that were shown)."""
    def show() -> None:
        window.analysis_shown.disconnect(show)
        shown = window.area.shown()
        if window.analysis is not None and doc_id in window.analysis.document:
            window.area.show_documents((shown[:-1] if len(shown) > 1 else shown) + [doc_id])
    window.analysis_shown.connect(show)
