"""File → Export PDF proposes a file beside the folder: one inside it would come back as a problem."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from readout_viewer.app.export_action import ExportDialog
from tests.builders import small_folder


def test_the_save_dialog_starts_beside_the_folder_not_in_it(qtbot, make_window, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, start, kinds: (asked.append(start), ("", ""))[1]))
    folder = small_folder(tmp_path / "event-folder")
    window = make_window()
    with qtbot.waitSignal(window.analysis_shown, timeout=60000):
        window.open_folder(folder)
    options = []

    def accept_the_options() -> None:  # the options dialog comes first; its defaults are fine here
        options.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible())
        for dialog in options:
            dialog.accept()
    QTimer.singleShot(0, accept_the_options)
    window.menu_actions.export.trigger()  # File → Export PDF… (Ctrl+E)
    assert options, "the export options were not asked"
    assert asked, "the save dialog was not asked"
    start = Path(asked[0])
    assert start.parent == folder.resolve().parent and start.name == "event-folder-compared.pdf"
    assert folder.resolve() not in start.parents
