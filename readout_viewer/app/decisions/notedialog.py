"""The note dialog: a few lines of text that Tab leaves (to the buttons) and Ctrl+Return saves."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

# Lines of text the note box shows before it scrolls.
VISIBLE_LINES = 6


class NoteDialog(QDialog):
    """Asks for a note. Tab moves on to the buttons (it never types a tab), Ctrl+Return saves, Esc cancels."""

    def __init__(self, parent, title: str, label: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        prompt = QLabel(label)
        prompt.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText("Your note (Ctrl+Return saves, Esc cancels)")
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * VISIBLE_LINES)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        box = QVBoxLayout(self)
        box.addWidget(prompt)
        box.addWidget(self.edit, 1)
        box.addWidget(buttons)
        prompt.setBuddy(self.edit)
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText()


def ask_note(parent, title: str, label: str) -> str | None:
    """The note typed, or None when cancelled."""
    dialog = NoteDialog(parent, title, label)
    try:
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
