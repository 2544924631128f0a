"""File → New document from clipboard: the form that asks what the pasted text is (no logic: it returns a Pasted)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from readout_viewer.core.loading.pasted import Pasted
from readout_viewer.core.model import OFFICIAL, OUTLET

# Room for a few paragraphs of the text and the fields beside them, in pixels.
DIALOG_SIZE = (720, 560)
ROLES = (("", "Let readout-viewer tell (from the title and source)"), (OUTLET, "An article (outlet)"),
         (OFFICIAL, "An official text (readout, statement, briefing)"))


class PasteDialog(QDialog):
    """The pasted text (editable) with its title, source, author, date, address, role and event."""

    def __init__(self, parent: QWidget | None, text: str, title: str, events: Sequence[str], event: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("New document from clipboard")
        self.resize(*DIALOG_SIZE)
        self.title = QLineEdit(title)
        self.source = QLineEdit()
        self.source.setPlaceholderText("the outlet or office, e.g. Reuters, The White House")
        self.author = QLineEdit()
        self.date = QLineEdit()
        self.date.setPlaceholderText("YYYY-MM-DD, the article's date")
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…  (where it was published)")
        self.role = QComboBox()
        for key, words in ROLES:
            self.role.addItem(words, key)
        self.event = QComboBox()
        self.event.setEditable(True)  # a new event's name can be typed
        self.event.addItems(list(events))
        self.event.setCurrentText(event)
        self.text = QPlainTextEdit(text)
        self.text.setAccessibleName("Text")
        form = QFormLayout()
        for label, field in (("&Title", self.title), ("&Source", self.source), ("&Author", self.author),
                             ("&Date", self.date), ("&Address", self.url), ("&Kind", self.role),
                             ("&Event", self.event)):
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def pasted(self) -> Pasted:
        """What the form says."""
        return Pasted(text=self.text.toPlainText(), title=self.title.text(), source=self.source.text(),
                      author=self.author.text(), url=self.url.text(), date=self.date.text(),
                      role=self.role.currentData() or "", event=self.event.currentText())
