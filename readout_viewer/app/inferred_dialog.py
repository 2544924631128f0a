"""The first open of a folder with no front matter: what was inferred of each text and why, confirmed once."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from readout_viewer.core.model import Document

# The columns shown, in order: what decides how a text is compared (role, side) first.
COLUMNS = ("role", "side", "kind", "source", "title", "date")
# Starting size: the table's columns readable without scrolling on a laptop screen.
SIZE = (1100, 460)


class InferredDialog(QDialog):
    """Shows the inferred metadata (each cell's tooltip says why); Confirm keeps it, Not now leaves it inferred."""

    def __init__(self, folder_name: str, documents: Sequence[Document], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"What was inferred in {folder_name}")
        intro = QLabel(
            f"None of the {len(documents)} texts in {folder_name} says who issued it (no front matter), so "
            "readout-viewer read it from the texts: an official text is issued by a government body, an article "
            "that reports on one is an outlet, and the side is the issuing government's. Hover a value for why.\n"
            "Correct any value in the Documents sidebar. Confirm saves these values to readout-viewer.yaml beside "
            "the texts, so they no longer depend on inference; this is asked once.")
        intro.setWordWrap(True)
        self.table = QTableWidget(len(documents), len(COLUMNS) + 1)
        self.table.setHorizontalHeaderLabels(["file", *COLUMNS])
        self.table.setAccessibleName("What was inferred")
        for row, doc in enumerate(documents):
            self.table.setItem(row, 0, QTableWidgetItem(doc.path))
            for col, key in enumerate(COLUMNS, start=1):
                item = QTableWidgetItem(str(getattr(doc, key) or "—"))
                item.setToolTip(doc.inferred.get(key, "set in the text or in readout-viewer.yaml"))
                self.table.setItem(row, col, item)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("title") + 1, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox()
        self.confirm = self.buttons.addButton("Confirm and save", QDialogButtonBox.ButtonRole.AcceptRole)
        self.later = self.buttons.addButton("Not now", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.table, 1)
        box.addWidget(self.buttons)
        self.resize(*SIZE)
