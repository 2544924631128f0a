"""Correcting a document's metadata from the sidebar, saved beside the texts, and the first-open confirmation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from readout_viewer.app.metadata_editor import INFERRED_MARK
from readout_viewer.app.sidebar import ID_ROLE
from readout_viewer.core.loading import folder as settings_file
from readout_viewer.core.model import OFFICIAL, OUTLET

TEXTS = {
    "ev/conversation.txt": (
        "Telephone conversation with President of France Emmanuel Macron\n\nThe President had a telephone "
        "conversation with President of France Emmanuel Macron on the situation around Ukraine and food security.\n"),
    "ev/xinhua-grain.txt": (
        "Macron and Putin discuss grain exports\n\nMOSCOW, May 28 (Xinhua) -- Russian President Vladimir Putin "
        "discussed grain exports with French President Emmanuel Macron, the Kremlin said in a statement.\n"),
}


def _folder(root: Path, front: bool = False) -> Path:
    for rel, text in TEXTS.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        head = "---\nrole: outlet\n---\n" if front else ""
        (root / rel).write_text(head + text, encoding="utf-8")
    return root


def _open(qtbot, window, folder: Path) -> None:
    with qtbot.waitSignal(window.analysis_shown, timeout=20000):
        window.open_folder(folder)


def _select(window, doc_id: str) -> None:
    sidebar = window.docks.sidebar
    sidebar.setCurrentItem(next(i for i in sidebar._items() if i.data(0, ID_ROLE) == doc_id))


def _dialog_closed(window) -> None:
    dialog = window.metadata_actions.dialog
    if dialog is not None:
        dialog.reject()


def test_inferred_values_are_marked_and_say_why_in_the_sidebar(qtbot, make_window, tmp_path):
    window = make_window()
    _open(qtbot, window, _folder(tmp_path))
    _dialog_closed(window)
    item = next(i for i in window.docks.sidebar._items() if i.data(0, ID_ROLE) == "ev/conversation")
    assert "\n\nInferred from the text:\n" in item.toolTip(0)
    assert "\nrole: official: its headline is worded as an issued readout" in item.toolTip(0)
    _select(window, "ev/conversation")
    editor = window.docks.documents.editor
    assert editor.value("role") == OFFICIAL and editor.value("side") == ""
    assert editor.labels["role"].text() == "Role" + INFERRED_MARK and editor.labels["role"].font().italic()
    assert editor.fields["side"].toolTip().startswith("Inferred from the text: no side")
    assert not editor.buttons.button(editor.buttons.StandardButton.Save).isEnabled()


def test_a_corrected_side_is_saved_beside_the_texts_and_the_analysis_reruns(qtbot, make_window, tmp_path):
    window = make_window()
    folder = _folder(tmp_path)
    _open(qtbot, window, folder)
    _dialog_closed(window)
    _select(window, "ev/conversation")
    editor = window.docks.documents.editor
    editor.set_value("side", "ru")
    save = editor.buttons.button(editor.buttons.StandardButton.Save)
    assert save.isEnabled()
    with qtbot.waitSignal(window.analysis_shown, timeout=20000):
        save.click()
    assert window.analysis.document["ev/conversation"].side == "RU"
    assert "side" not in window.analysis.document["ev/conversation"].inferred
    settings, _ = settings_file.read_settings(folder)
    assert settings.overrides("ev/conversation.txt") == {"side": "RU"}
    assert editor.doc is not None and editor.doc.id == "ev/conversation"  # still selected after the rerun
    assert editor.labels["side"].text() == "Side" and not editor.labels["side"].font().italic()


def test_a_wrong_role_is_fixed_from_the_sidebar(qtbot, make_window, tmp_path):
    window = make_window()
    folder = _folder(tmp_path)
    _open(qtbot, window, folder)
    _dialog_closed(window)
    _select(window, "ev/xinhua-grain")
    editor = window.docks.documents.editor
    assert editor.value("role") == OUTLET
    editor.set_value("role", OFFICIAL)
    editor.set_value("side", "CN")
    with qtbot.waitSignal(window.analysis_shown, timeout=20000):
        editor.save()
    doc = window.analysis.document["ev/xinhua-grain"]
    assert (doc.role, doc.side) == (OFFICIAL, "CN")


def test_a_value_that_cannot_be_saved_says_why_and_writes_nothing(qtbot, make_window, tmp_path, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    window = make_window()
    folder = _folder(tmp_path)
    _open(qtbot, window, folder)
    _dialog_closed(window)
    _select(window, "ev/xinhua-grain")
    window.docks.documents.editor.set_value("date", "29 May 2022")
    window.docks.documents.editor.save()
    assert warned and "YYYY-MM-DD" in warned[0]
    assert not (folder / "readout-viewer.yaml").exists()


def test_a_first_open_without_front_matter_asks_once_and_confirm_saves_what_was_inferred(qtbot, make_window,
                                                                                           tmp_path):
    window = make_window()
    folder = _folder(tmp_path)
    _open(qtbot, window, folder)
    dialog = window.metadata_actions.dialog
    assert dialog is not None and dialog.isVisible() and dialog.table.rowCount() == 2
    cells = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1) for r in range(2)}
    assert cells["ev/conversation.txt"].text() == OFFICIAL
    assert "headline is worded as an issued readout" in cells["ev/conversation.txt"].toolTip()
    with qtbot.waitSignal(window.analysis_shown, timeout=20000):
        dialog.confirm.click()
    settings, _ = settings_file.read_settings(folder)
    assert settings.overrides("ev/conversation.txt")["role"] == OFFICIAL
    assert "role" not in window.analysis.document["ev/conversation"].inferred
    window.metadata_actions.dialog = None
    _open(qtbot, window, folder)
    assert window.metadata_actions.dialog is None  # asked once


def test_not_now_writes_nothing_and_is_not_asked_again(qtbot, make_window, tmp_path):
    window = make_window()
    folder = _folder(tmp_path)
    _open(qtbot, window, folder)
    window.metadata_actions.dialog.later.click()
    assert not (folder / "readout-viewer.yaml").exists()
    window.metadata_actions.dialog = None
    _open(qtbot, window, folder)
    assert window.metadata_actions.dialog is None


def test_a_folder_with_front_matter_is_not_asked_about(qtbot, make_window, tmp_path):
    window = make_window()
    _open(qtbot, window, _folder(tmp_path, front=True))
    assert window.metadata_actions.dialog is None


def test_the_editor_sits_below_the_list_in_a_tall_dock_and_beside_it_in_the_drawer(qtbot):
    from PySide6.QtCore import Qt

    from readout_viewer.app.sidebar import DocumentsPanel, DocumentsSidebar
    panel = DocumentsPanel(DocumentsSidebar())
    qtbot.addWidget(panel)
    panel.resize(300, 800)
    panel.show()
    qtbot.waitUntil(lambda: panel.orientation() == Qt.Orientation.Vertical)
    panel.resize(1200, 260)
    qtbot.waitUntil(lambda: panel.orientation() == Qt.Orientation.Horizontal)
