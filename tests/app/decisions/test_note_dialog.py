"""Issue 11, finding 9: the note dialog never traps the keyboard: Tab leaves the text, Ctrl+Return saves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from readout_viewer.app.decisions.notedialog import NoteDialog


def _dialog(qtbot) -> NoteDialog:
    dialog = NoteDialog(None, "Add note", "Note on “They met.”:")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.edit.setFocus()
    qtbot.waitUntil(dialog.edit.hasFocus)
    return dialog


def test_tab_moves_on_instead_of_typing_a_tab(qtbot):
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.edit, "Check the tape")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Tab)
    assert "\t" not in dialog.text()
    assert not dialog.edit.hasFocus()


def test_ctrl_return_saves_the_note(qtbot):
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.edit, "Check the tape")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.text() == "Check the tape"


def test_a_plain_return_is_a_new_line_and_escape_cancels(qtbot):
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.edit, "one")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.edit, "two")
    assert dialog.text() == "one\ntwo"
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)


def test_the_corrections_ask_for_notes_with_this_dialog(qtbot, monkeypatch):
    from readout_viewer.app.decisions import notedialog
    from readout_viewer.app.decisions.actions import Dialogs
    seen = []

    def exec_(self):
        seen.append(self.edit.tabChangesFocus())
        self.edit.setPlainText("typed")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(notedialog.NoteDialog, "exec", exec_)
    assert Dialogs().text(None, "Add note", "Note:") == "typed"
    assert seen == [True]
