"""File → Export PDF…: the file dialog, the progress dialog and the closing message, with dialogs stubbed."""

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from readout_viewer.app import export_action


def _stub_dialogs(monkeypatch, answer: str) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (answer, "PDF files (*.pdf)")))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda p, t, m: said.append(("info", m))))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, m: said.append(("warning", m))))
    return said


def test_export_writes_the_pdf_and_says_where(qtbot, monkeypatch, tiny_analysis, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    said = _stub_dialogs(monkeypatch, str(tmp_path / "out"))
    export_action.export_with_dialog(parent, tiny_analysis, tmp_path, ["ev/paper"])
    assert said and said[0][0] == "info" and "out.pdf" in said[0][1]
    assert len(PdfReader(tmp_path / "out.pdf").pages) > 3


def test_a_cancelled_file_dialog_does_nothing(qtbot, monkeypatch, tiny_analysis, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    said = _stub_dialogs(monkeypatch, "")
    export_action.export_with_dialog(parent, tiny_analysis, tmp_path, [])
    assert said == [] and list(tmp_path.iterdir()) == []


def test_a_failed_export_is_reported_and_leaves_no_file(qtbot, monkeypatch, tiny_analysis, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    said = _stub_dialogs(monkeypatch, str(tmp_path / "missing" / "x.pdf"))
    export_action.export_with_dialog(parent, tiny_analysis, tmp_path, [])
    assert said and said[0][0] == "warning" and "does not exist" in said[0][1]
    assert list(tmp_path.iterdir()) == []


def test_suggested_path_sits_beside_the_folder(tmp_path):
    folder = tmp_path / "talks"
    folder.mkdir()
    path = export_action.suggested_path(folder)
    assert path.parent == tmp_path.resolve() and path.name == "talks-compared.pdf"


def test_cancel_in_the_progress_dialog_stops_without_a_file(qtbot, monkeypatch, tiny_analysis, tmp_path):
    from PySide6.QtWidgets import QProgressDialog
    parent = QWidget()
    qtbot.addWidget(parent)
    said = _stub_dialogs(monkeypatch, str(tmp_path / "x.pdf"))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    export_action.export_with_dialog(parent, tiny_analysis, tmp_path, [])
    assert said and said[0][0] == "warning" and "cancelled" in said[0][1]
    assert list(tmp_path.iterdir()) == []
