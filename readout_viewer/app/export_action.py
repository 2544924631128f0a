"""Qt glue for File → Export PDF…: ask for a file name, export with a progress dialog, say how it went."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from readout_viewer.core.model import Analysis

# Steps of the progress bar: fine enough to move smoothly, coarse enough to be cheap.
PROGRESS_STEPS = 1000


class ExportCancelled(Exception):
    """The user pressed Cancel in the progress dialog."""


def suggested_path(folder: Path) -> Path:
    """Where the save dialog proposes to write: beside the folder, named after it, not in it (a PDF in the
    folder would be read as one of its documents, and listed as a problem, at the next analysis)."""
    folder = Path(folder).resolve()
    return folder.parent / f"{folder.name or 'readouts'}-compared.pdf"


def ask_path(parent: QWidget | None, folder: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, "Export annotated PDF", str(suggested_path(folder)),
                                          "PDF files (*.pdf)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def run_export(parent: QWidget | None, analysis: Analysis, out: Path, docs: Sequence[str]) -> str | None:
    """Export with a progress dialog, keeping the UI alive; returns None on success, else the message."""
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
        export_pdf(analysis, out, docs=list(docs) or None, progress=progress)
    except ExportCancelled:
        return "The export was cancelled; no file was written."
    except (ExportError, SelectionError) as exc:
        return str(exc)
    except OSError as exc:
        return f"cannot write {out}: {exc.strerror or exc}"
    finally:
        dialog.close()
    return None


def export_with_dialog(parent: QWidget, analysis: Analysis, folder: Path, docs: Sequence[str]) -> None:
    """File → Export PDF…: the whole interaction, from the file name to the closing message."""
    out = ask_path(parent, folder)
    if out is None:
        return
    problem = run_export(parent, analysis, out, docs)
    if problem is None:
        QMessageBox.information(parent, "PDF exported", f"The annotated PDF was written to\n{out}")
    else:
        QMessageBox.warning(parent, "PDF not exported", problem)
