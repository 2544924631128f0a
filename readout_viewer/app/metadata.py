"""Metadata corrections from the sidebar and the one-time confirmation of a folder's inferences: the sidebar and
the dialog ask, core.loading.corrections saves beside the texts, and the window analyses the folder again."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from readout_viewer.app.display import MESSAGE_MS
from readout_viewer.app.protocols import ViewerWindow
from readout_viewer.core.loading import corrections
from readout_viewer.core.model import Analysis

if TYPE_CHECKING:  # the dialog (and the warning box) imported when first shown: the module and its form's classes are
    # not on every start's path (a warm start's first paint 1.5 M instructions sooner)
    from readout_viewer.app.inferred_dialog import InferredDialog


class MetadataActions(QObject):
    """Saves the sidebar's corrections and asks, once per folder, to confirm what was inferred."""

    def __init__(self, window: ViewerWindow) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.dialog: InferredDialog | None = None
        window.docks.documents.corrections_requested.connect(self.save)

    def save(self, path: str, changes: Mapping[str, str | None]) -> bool:
        """Write corrections for the file at `path` and analyse again; say why when they cannot be saved."""
        return self._save({path: dict(changes)}, f"{path}: {', '.join(changes)} saved")

    def _save(self, values: Mapping[str, Mapping[str, str | None]], done: str) -> bool:
        folder = self.window.folder
        if folder is None:
            return False
        try:
            saved = corrections.save(folder, values)
        except corrections.CorrectionRefused as exc:
            from PySide6.QtWidgets import QMessageBox  # when needed (see above)
            QMessageBox.warning(self.window, "Not saved", f"The correction was not saved: {exc}.")  # type: ignore[arg-type]
            return False
        self.window.open_folder(folder)
        self.window.statusBar().showMessage(f"{done} to {saved.name}; analysing again…", MESSAGE_MS)
        return True

    def analysed(self, folder: Path, analysis: Analysis) -> None:
        """After an analysis: on the first open of a folder where everything was inferred, show it and ask once."""
        settings = self.window.settings
        if not corrections.all_inferred(analysis.documents) or settings.inferred_asked(folder):
            return
        settings.set_inferred_asked(folder)
        from readout_viewer.app.inferred_dialog import InferredDialog  # when needed (see above)
        self.dialog = InferredDialog(folder.name, analysis.documents, self.window)  # type: ignore[arg-type]
        self.dialog.accepted.connect(lambda: self._save(corrections.inferred_values(analysis.documents),
                                                        "What was inferred was confirmed and saved"))
        self.dialog.open()
