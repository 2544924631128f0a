"""The selected document's metadata in the Documents dock: inferred values marked and saying why, corrected in place."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from readout_viewer.core.loading.corrections import EDITABLE
from readout_viewer.core.model import ROLES, Analysis, Document

# Kinds offered in the editor (any other can be typed): the official ones first, then the outlets'.
KINDS = ("readout", "statement", "briefing", "transcript", "news", "analysis", "opinion")
# Characters a choice box shows at its narrowest.
COMBO_CHARS = 6
# How an inferred value's label looks: the key, marked, so a person sees at a glance what nobody wrote.
INFERRED_MARK = " (inferred)"


class MetadataEditor(QWidget):
    """The selected document's role, side, kind, event, source, title and date; inferred values are marked and
    their tooltip says why. Save asks for the changed values to be written (an emptied field: back to the text's
    own or inferred value); the window saves them beside the texts and analyses again."""

    corrections_requested = Signal(str, dict)  # the document's path, {key: new value or None}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.doc: Document | None = None
        self.heading = QLabel()
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # a long path: cut
        self.fields: dict[str, QComboBox | QLineEdit] = {
            "role": self._combo(ROLES, editable=False), "side": self._combo(("",), editable=True),
            "kind": self._combo(("", *KINDS), editable=True), "event": self._combo(("",), editable=True),
            "source": QLineEdit(), "title": QLineEdit(), "date": QLineEdit()}
        self.fields["date"].setPlaceholderText("YYYY-MM-DD")  # type: ignore[union-attr]
        self.labels = {key: QLabel(key.capitalize()) for key in EDITABLE}
        form = QFormLayout()
        for key in EDITABLE:
            form.addRow(self.labels[key], self.fields[key])
            self.fields[key].setAccessibleName(key.capitalize())  # also while hidden (Qt reads a buddy only shown)
            widget = self.fields[key]
            (widget.currentTextChanged if isinstance(widget, QComboBox) else widget.textChanged).connect(self._edited)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Reset)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            "Save the changes to readout-viewer.yaml beside the texts, and analyse again")
        self.buttons.button(QDialogButtonBox.StandardButton.Reset).setToolTip("Forget the changes not saved")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Reset).clicked.connect(lambda: self.show_document(self.doc))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.heading)
        box.addLayout(form)
        box.addWidget(self.buttons)
        box.addWidget(self.hint)
        self.show_document(None)

    @staticmethod
    def _combo(items, editable: bool) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(editable)
        combo.addItems(list(items))
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARS)  # the dock stays narrow whatever the events are called
        return combo

    def set_choices(self, analysis: Analysis) -> None:
        """The sides and events offered: the table's governments and what the folder already uses."""
        from readout_viewer.core.loading.governments import GOVERNMENTS  # once the panes have painted
        sides = sorted({d.side for d in analysis.documents if d.side} | {g.code for g in GOVERNMENTS})
        for key, items in (("side", ["", *sides]), ("event", list(analysis.events))):
            combo = self.fields[key]
            assert isinstance(combo, QComboBox)
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(items)
            combo.blockSignals(False)

    def value(self, key: str) -> str:
        widget = self.fields[key]
        return (widget.currentText() if isinstance(widget, QComboBox) else widget.text()).strip()

    def set_value(self, key: str, value: str) -> None:
        widget = self.fields[key]
        if isinstance(widget, QComboBox):
            widget.setCurrentText(value)
        else:
            widget.setText(value)
            widget.setCursorPosition(0)

    def show_document(self, doc: Document | None) -> None:
        """Show a document's metadata (None: nothing selected), inferred values marked with why."""
        self.doc = doc
        for key in EDITABLE:
            widget = self.fields[key]
            widget.blockSignals(True)
            self.set_value(key, str(getattr(doc, key) or "") if doc else "")
            widget.blockSignals(False)
            widget.setEnabled(doc is not None)
            why = doc.inferred.get(key) if doc else None
            self.labels[key].setText(key.capitalize() + (INFERRED_MARK if why else ""))
            font = self.labels[key].font()
            font.setItalic(bool(why))
            self.labels[key].setFont(font)
            tip = f"Inferred from the text: {why}" if why else (
                "Set in the text's front matter or in readout-viewer.yaml" if doc else "")
            for w in (self.labels[key], widget):
                w.setToolTip(tip)
        self.heading.setText(_bold_path(doc.path) if doc else "<b>Selected document</b>")
        self.heading.setToolTip(doc.path if doc else "")
        self.hint.setText("" if doc else "Select a document above to see and correct its metadata.")
        self._edited()

    def changes(self) -> dict[str, str | None]:
        """The values edited since the document was shown (None: emptied)."""
        if self.doc is None:
            return {}
        out: dict[str, str | None] = {}
        for key in EDITABLE:
            now, was = self.value(key), str(getattr(self.doc, key) or "")
            if now != was:
                out[key] = now or None
        return out

    def _edited(self, *_args) -> None:
        changed = bool(self.changes())
        for which in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Reset):
            self.buttons.button(which).setEnabled(changed)

    def save(self) -> None:
        changes = self.changes()
        if self.doc is not None and changes:
            self.corrections_requested.emit(self.doc.path, changes)


def _bold_path(path: str) -> str:
    """The heading's rich text for a document's path. `html` is imported here, when a document is first selected:
    the empty editor of the first paint does not need it (its import compiles the entity table's patterns, 7.7 M
    instructions of a warm start's 1,499 M, callgrind)."""
    import html
    return f"<b>{html.escape(path)}</b>"
