"""File → Export PDF…: the file dialog, the progress dialog and the closing message, with dialogs stubbed."""

import dataclasses

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from readout_viewer.app import export_action


def _stub_dialogs(monkeypatch, answer: str, **change) -> list[tuple[str, str]]:
    """The file dialog answers `answer`, the options dialog accepts its defaults (with `change`), messages are
    recorded."""
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(export_action, "ask_options",
                        lambda parent, analysis, choices: dataclasses.replace(choices, **change))
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


def test_the_options_default_to_the_shown_event_its_outlets_and_the_users_name(tiny_analysis):
    choices = export_action.default_choices(tiny_analysis, ["ev/us-readout", "ev/paper"], "Ann", 0.4)
    assert choices.event == "ev" and choices.docs == ("ev/paper",) and choices.author == "Ann"
    assert choices.paper in ("a4", "letter") and choices.min_score == 0.4


def test_the_dialog_shows_and_returns_every_choice(qtbot, tiny_analysis):
    from PySide6.QtCore import Qt
    start = export_action.Choices("ev", ("ev/paper",), "letter", "Ann", 0.35, True)
    dialog = export_action.ExportDialog(None, tiny_analysis, start, lambda c: None)
    qtbot.addWidget(dialog)
    assert dialog.choices() == start
    assert dialog.doc_list.count() == 3  # every document of the event, labelled
    assert dialog.doc_list.item(0).checkState() == Qt.CheckState.Checked  # a side's readout: always a column
    assert not dialog.doc_list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    dialog.doc_list.item(2).setCheckState(Qt.CheckState.Unchecked)
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("a4"))
    dialog.author_edit.setText("  Bo  ")
    dialog.floor_box.setValue(0.5)
    dialog.csv_box.setChecked(False)
    assert dialog.choices() == export_action.Choices("ev", (), "a4", "Bo", 0.5, False)


def test_the_dialog_stays_open_and_says_why_when_the_choice_cannot_be_exported(qtbot, corpus_analysis):
    from PySide6.QtCore import Qt
    event = "2021-12-07-video-call"
    start = export_action.Choices(event=event)
    dialog = export_action.ExportDialog(None, corpus_analysis, start,
                                        lambda c: export_action.check_choices(corpus_analysis, c))
    qtbot.addWidget(dialog)
    for i in range(dialog.doc_list.count()):
        dialog.doc_list.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert "at most 5 documents side by side" in dialog.problem.text()
    assert dialog.result() != dialog.DialogCode.Accepted


@pytest.mark.parametrize("csv", [False, True])
def test_the_findings_spreadsheet_is_saved_beside_the_pdf_when_asked(qtbot, monkeypatch, tiny_analysis, tmp_path,
                                                                       csv):
    parent = QWidget()
    qtbot.addWidget(parent)
    said = _stub_dialogs(monkeypatch, str(tmp_path / "out.pdf"), findings_csv=csv, author="Ann")
    export_action.export_with_dialog(parent, tiny_analysis, tmp_path, [])
    assert said[0][0] == "info"
    assert (tmp_path / "out-findings.csv").exists() == csv
    assert PdfReader(tmp_path / "out.pdf").metadata.author == "Ann"
    if csv:
        assert (tmp_path / "out-findings.csv").read_text(encoding="utf-8-sig").startswith("type,document,text")


def test_the_synopsis_list_shows_each_documents_name_whole(qtbot, corpus_analysis):
    """Seen at 1280x800: the names were cut mid-word ("… (2022-01") with a sideways scroll bar."""
    start = export_action.Choices(event="2021-12-30-phone-call")
    dialog = export_action.ExportDialog(None, corpus_analysis, start, lambda c: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.doc_list
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0)
    widest = max(view.visualItemRect(view.item(i)).width() for i in range(view.count()))
    assert view.viewport().width() >= widest
    assert all(view.item(i).toolTip().startswith(corpus_analysis.document[
        view.item(i).data(Qt.ItemDataRole.UserRole)].label) for i in range(view.count()))
