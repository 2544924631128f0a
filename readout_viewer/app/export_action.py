"""Qt glue for File → Export PDF…: the options (what the command line offers), the file name, the progress, the
closing message."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from readout_viewer.core import compare, confidence, status
from readout_viewer.core import findings as core_findings
from readout_viewer.core.labels import document_labels
from readout_viewer.core.model import Analysis

# Steps of the progress bar: fine enough to move smoothly, coarse enough to be cheap.
PROGRESS_STEPS = 1000
ALL_EVENTS = ""  # the event choice that exports every event of the folder
# Widest the synopsis list grows to show its documents' names whole (pixels): fits a 1280-pixel screen.
MAX_LIST_WIDTH = 900
# Countries whose paper is US Letter (the rest of the world uses A4).
LETTER_COUNTRIES = (QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
                    QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia)


class ExportCancelled(Exception):
    """The user pressed Cancel in the progress dialog."""


@dataclass(frozen=True)
class Choices:
    """What to export: the command line's options, and whether to save the findings as CSV beside the PDF."""

    event: str = ALL_EVENTS
    docs: tuple[str, ...] = ()
    paper: str = "a4"
    author: str = ""
    min_score: float = 0.0
    findings_csv: bool = False


def default_choices(analysis: Analysis, shown: Sequence[str], author: str = "", min_score: float = 0.0) -> Choices:
    """The event of the shown panes, their outlets as synopsis columns, the paper of the user's country."""
    shown = [d for d in shown if d in analysis.document]
    event = analysis.document[shown[0]].event if shown else ALL_EVENTS
    sides = {d.id for d in status.side_references(analysis, event)}
    docs = tuple(d for d in shown if d not in sides and analysis.document[d].event == event)
    paper = "letter" if QLocale.system().territory() in LETTER_COUNTRIES else "a4"
    return Choices(event, docs, paper, author, min_score)


def suggested_path(folder: Path) -> Path:
    """Where the save dialog proposes to write: beside the folder, named after it, not in it (a PDF in the
    folder would be read as one of its documents at the next analysis)."""
    folder = Path(folder).resolve()
    return folder.parent / f"{folder.name or 'readouts'}-compared.pdf"


def csv_path(pdf: Path) -> Path:
    """The findings spreadsheet saved with a PDF: same folder, same name, '-findings.csv'."""
    return pdf.with_name(pdf.stem + "-findings.csv")


class ExportDialog(QDialog):
    """The export options as widgets: it maps Choices to widgets and back, and shows what `check` objects to."""

    def __init__(self, parent: QWidget | None, analysis: Analysis, choices: Choices,
                 check: Callable[[Choices], str | None]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export annotated PDF")
        self.analysis, self.check = analysis, check
        self.labels = document_labels(analysis.documents)
        form = self._form(choices)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #D55E00")
        buttons = self._buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._fill_docs(set(choices.docs))
        self.event_box.currentIndexChanged.connect(lambda _: self._fill_docs(set(self._ticked())))

    def _form(self, choices: Choices) -> QFormLayout:
        """The choices: event, synopsis columns, paper, author, confidence floor, findings CSV."""
        form = QFormLayout()
        # Widget attributes end in _box, _list, _edit: a plain `self.event` would shadow QDialog.event() (a crash).
        self.event_box = QComboBox()
        if len(self.analysis.events) > 1:
            self.event_box.addItem("All events", ALL_EVENTS)
        for ev in self.analysis.events:
            self.event_box.addItem(ev or "(no event)", ev)
        self.event_box.setCurrentIndex(max(0, self.event_box.findData(choices.event)))
        form.addRow("Event", self.event_box)
        self.doc_list = QListWidget()
        self.doc_list.setToolTip("Documents set side by side in the synopsis, after each side's readout "
                             "(none ticked: the outlets that set themselves apart most)")
        form.addRow("Synopsis columns", self.doc_list)
        self.paper_box = QComboBox()
        self.paper_box.addItem("A4", "a4")
        self.paper_box.addItem("US Letter", "letter")
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(choices.paper)))
        form.addRow("Paper", self.paper_box)
        self.author_edit = QLineEdit(choices.author)
        self.author_edit.setPlaceholderText("nobody: the Author field stays empty")
        form.addRow("Author", self.author_edit)
        self.floor_box = QDoubleSpinBox()
        self.floor_box.setRange(0.0, 1.0)
        self.floor_box.setSingleStep(confidence.STEP)
        self.floor_box.setDecimals(2)
        self.floor_box.setValue(choices.min_score)
        self.floor_box.setToolTip("Leave out links, attributions and reports the engine scored lower (0: keep all)")
        form.addRow("Confidence floor", self.floor_box)
        self.csv_box = QCheckBox("Also save the findings as a spreadsheet (CSV) beside the PDF")
        self.csv_box.setChecked(choices.findings_csv)
        form.addRow("", self.csv_box)
        return form

    def _buttons(self) -> QDialogButtonBox:
        """Export… (checks the choices first, see accept) and Cancel."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _fill_docs(self, ticked: set[str]) -> None:
        self.doc_list.clear()
        event = self.event_box.currentData()
        for ev in ([event] if event != ALL_EVENTS else self.analysis.events):
            sides = {d.id for d in status.side_references(self.analysis, ev)}
            for doc in self.analysis.documents_of(ev):
                item = QListWidgetItem(self.labels[doc.id])
                item.setData(Qt.ItemDataRole.UserRole, doc.id)
                checked = doc.id in ticked or doc.id in sides
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                item.setToolTip(doc.label)
                if doc.id in sides:  # each side's reference text always has its column
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                    item.setToolTip(f"{doc.label}\nEach side's readout always has a column")
                self.doc_list.addItem(item)
        self._fit_list()

    def _fit_list(self) -> None:
        """Wide enough for every document's name whole (they were cut mid-word, with a sideways scroll bar)."""
        view = self.doc_list
        names = view.sizeHintForColumn(0) if view.count() else 0
        frame = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(min(names + frame, MAX_LIST_WIDTH))

    def _ticked(self) -> list[str]:
        items = (self.doc_list.item(i) for i in range(self.doc_list.count()))
        return [it.data(Qt.ItemDataRole.UserRole) for it in items
                if it.checkState() == Qt.CheckState.Checked and it.flags() & Qt.ItemFlag.ItemIsEnabled]

    def choices(self) -> Choices:
        return Choices(self.event_box.currentData(), tuple(self._ticked()), self.paper_box.currentData(),
                       self.author_edit.text().strip(), round(self.floor_box.value(), 2), self.csv_box.isChecked())

    def accept(self) -> None:
        problem = self.check(self.choices())
        self.problem.setText(problem or "")
        if problem is None:
            super().accept()


def check_choices(analysis: Analysis, choices: Choices) -> str | None:
    """What stops these choices from making a PDF (another event's document, too many columns), else None."""
    from readout_viewer.export.select import SelectionError, select
    try:
        select(analysis, choices.event or None, list(choices.docs) or None)
    except SelectionError as exc:
        return str(exc)
    return None


def ask_options(parent: QWidget | None, analysis: Analysis, choices: Choices) -> Choices | None:
    dialog = ExportDialog(parent, analysis, choices, lambda c: check_choices(analysis, c))
    return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_path(parent: QWidget | None, folder: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, "Export annotated PDF", str(suggested_path(folder)),
                                          "PDF files (*.pdf)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def run_export(parent: QWidget | None, analysis: Analysis, out: Path, choices: Choices) -> str | None:
    """Export with a progress dialog, keeping the UI alive; returns None on success, else the message."""
    from readout_viewer.core.system.atomic import write_text_atomic
    from readout_viewer.export.pdf import ExportError, export_pdf
    from readout_viewer.export.select import SelectionError
    dialog = QProgressDialog("Preparing the PDF…", "Cancel", 0, PROGRESS_STEPS, parent)
    dialog.setWindowTitle("Export PDF")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)

    def progress(fraction: float, message: str) -> None:
        dialog.setValue(int(max(0.0, min(1.0, fraction)) * PROGRESS_STEPS))
        dialog.setLabelText(message)
        QCoreApplication.processEvents()
        if dialog.wasCanceled():
            raise ExportCancelled()

    try:
        export_pdf(analysis, out, event=choices.event or None, docs=list(choices.docs) or None, paper=choices.paper,
                   author=choices.author, min_score=choices.min_score, progress=progress)
        if choices.findings_csv:
            rows = compare.press_first(analysis, core_findings.findings(analysis, choices.min_score))
            rows = [f for f in rows if not choices.event or analysis.document[f.doc].event == choices.event]
            write_text_atomic(csv_path(out), core_findings.to_csv(analysis, rows))
    except ExportCancelled:
        return "The export was cancelled; no file was written."
    except (ExportError, SelectionError) as exc:
        return str(exc)
    except OSError as exc:
        return f"cannot write {out}: {exc.strerror or exc}"
    finally:
        dialog.close()
    return None


def export_with_dialog(parent: QWidget, analysis: Analysis, folder: Path, docs: Sequence[str],
                       author: str | None = None, min_score: float = 0.0) -> None:
    """File → Export PDF…: the whole interaction, from the options (the viewer's panes and confidence floor
    first) and the file name to the closing message."""
    from readout_viewer.export.pdfmeta import user_name
    name = user_name() if author is None else author
    choices = ask_options(parent, analysis, default_choices(analysis, docs, name, min_score))
    if choices is None:
        return
    out = ask_path(parent, folder)
    if out is None:
        return
    problem = run_export(parent, analysis, out, choices)
    if problem is None:
        extra = f"\nand the findings to\n{csv_path(out)}" if choices.findings_csv else ""
        QMessageBox.information(parent, "PDF exported", f"The annotated PDF was written to\n{out}{extra}")
    else:
        QMessageBox.warning(parent, "PDF not exported", problem)

