"""The decisions controller: each correction is saved, undone and redone; its actions work on a window."""

import dataclasses
import warnings
from types import SimpleNamespace

import pytest
import yaml
from PySide6 import QtCore
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar

from readout_viewer.app.decisions.actions import Dialogs, link_step, pair_to_link, parse_link_choice
from readout_viewer.app.decisions.controller import DecisionsController
from readout_viewer.core.decisions import folder_path
from readout_viewer.core.model import AGREE, DIVERGE, MANUAL, OFFICIAL, Analysis, Claim, Document, Link

SENTENCES = {
    "ev/readout": ["The envoys met for three hours in a hotel.", "They will exchange written proposals soon."],
    "ev/paper": ["The envoys talked for three hours.", "No written proposals were mentioned at all."],
}


def _found(texts: dict[str, list[str]] = SENTENCES) -> Analysis:
    docs, claims = [], []
    for doc_id, sentences in texts.items():
        at = 0
        for i, s in enumerate(sentences, 1):
            claims.append(Claim(f"{doc_id}#{i}", doc_id, at, at + len(s), s))
            at += len(s) + 1
        docs.append(Document(doc_id, doc_id + ".md", doc_id, " ".join(sentences), event="ev",
                             role=OFFICIAL if doc_id == "ev/readout" else "outlet"))
    return Analysis(root="r", documents=tuple(docs), claims=tuple(claims),
                    links=(Link("ev/paper#1", "ev/readout#1", AGREE, 0.7),))


class FakeWindow(QMainWindow):
    """The part of the viewer window the controller uses: a selection and an inspector bar."""

    def __init__(self):
        super().__init__()
        self.inspector = type("Inspector", (), {})()
        self.inspector.actions_bar = QToolBar(self)
        self.menu_actions = SimpleNamespace(edit=self.menuBar().addMenu("&Edit"), undo_actions=None)
        self.claims: list[str] = []
        self.link: Link | None = None

    def selected_claim_ids(self):
        return self.claims

    def selected_link(self):
        return self.link


class FakeDialogs(Dialogs):
    def __init__(self, answer):
        self.answer = answer
        self.labels: list[str] = []

    def choice(self, parent, title, label, items, editable):
        self.labels.append(label)
        return self.answer

    def text(self, parent, title, label):
        self.labels.append(label)
        return self.answer


@pytest.fixture
def controller(qtbot, tmp_path):
    c = DecisionsController(tmp_path)
    c.set_analysis(c.apply(_found()))
    return c


def _saved(folder):
    path = folder_path(folder)
    return yaml.safe_load(path.read_text(encoding="utf-8"))["decisions"] if path.exists() else []


def test_reject_is_saved_undone_and_redone(controller, qtbot, tmp_path):
    link = controller.analysis.links[0]
    with qtbot.waitSignal(controller.changed):
        controller.reject(link)
    assert controller.analysis.links == () and [d["action"] for d in _saved(tmp_path)] == ["reject"]
    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.undo()
    assert controller.analysis.links == (link,) and _saved(tmp_path) == []
    controller.undo_stack.redo()
    assert controller.analysis.links == () and len(_saved(tmp_path)) == 1


def test_every_correction_reaches_the_analysis(controller, tmp_path):
    link = controller.analysis.links[0]
    controller.confirm(link)
    assert controller.analysis.links[0].confirmed
    controller.relabel(controller.analysis.links[0], DIVERGE, "number")
    assert controller.analysis.links[0].relation == DIVERGE
    controller.link_claims("ev/readout#2", "ev/paper#2", DIVERGE, "negation")
    manual = [lk for lk in controller.analysis.links if lk.origin == MANUAL]
    assert [(lk.a, lk.b, lk.reason) for lk in manual] == [("ev/paper#2", "ev/readout#2", "negation")]
    controller.add_note("ev/paper#2", "Check the transcript.", other_id="ev/readout#2")
    assert controller.analysis.notes_of("ev/readout#2")[0].text == "Check the transcript."
    assert [d["action"] for d in _saved(tmp_path)] == ["confirm", "relabel", "link", "note"]
    assert DecisionsController(tmp_path).apply(_found()).links == controller.analysis.links
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    assert controller.analysis.links == _found().links and _saved(tmp_path) == []


def test_a_refused_correction_says_why_and_pushes_nothing(controller, qtbot):
    with qtbot.waitSignal(controller.message) as said:
        assert controller.link_claims("ev/paper#1", "ev/paper#2", AGREE) is None
    assert "same document" in said.args[0] and controller.undo_stack.count() == 0
    with qtbot.waitSignal(controller.message):
        assert controller.add_note("ev/paper#9", "gone") is None


def test_an_unusable_file_makes_corrections_read_only(qtbot, tmp_path):
    path = folder_path(tmp_path)
    path.parent.mkdir()
    path.write_text("version: 7\n", encoding="utf-8")
    c = DecisionsController(tmp_path)
    with qtbot.waitSignal(c.message) as said:  # announced once the event loop runs
        pass
    assert "version 7" in said.args[0]
    c.set_analysis(c.apply(_found()))
    assert c.reject(c.analysis.links[0]) is None and c.undo_stack.count() == 0
    assert path.read_text(encoding="utf-8") == "version: 7\n"


def test_install_puts_the_actions_on_the_bar_and_the_edit_menu(controller, qtbot, tmp_path):
    window = FakeWindow()
    qtbot.addWidget(window)
    controller.install(window)
    acts = controller.actions
    bar = window.inspector.actions_bar.actions()
    assert all(a in bar for a in acts)
    edit = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Edit")
    assert acts.undo in edit.actions() and acts.link in edit.actions()
    assert acts.link.shortcut() == QKeySequence("Ctrl+L") and acts.note.shortcut() == QKeySequence("Ctrl+N")
    assert QKeySequence("Ctrl+Shift+Z") in acts.redo.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.Undo) in acts.undo.shortcuts()


def test_actions_use_the_window_selection(controller, qtbot):
    window = FakeWindow()
    qtbot.addWidget(window)
    controller.install(window, FakeDialogs("diverge: hedge"))
    with qtbot.waitSignal(controller.message) as said:
        controller.actions.confirm.trigger()
    assert "Select a link" in said.args[0]
    window.link = controller.analysis.links[0]
    controller.actions.confirm.trigger()
    assert controller.analysis.links[0].confirmed
    window.claims = ["ev/readout#2", "ev/readout#1", "ev/paper#2"]
    controller.actions.link.trigger()
    assert [lk.reason for lk in controller.analysis.links if lk.origin == MANUAL] == ["hedge"]
    controller.actions.undo.trigger()
    assert not any(lk.origin == MANUAL for lk in controller.analysis.links)
    controller.actions.redo.trigger()
    assert any(lk.origin == MANUAL for lk in controller.analysis.links)


def test_note_actions_and_a_cancelled_dialog(controller, qtbot):
    window = FakeWindow()
    qtbot.addWidget(window)
    dialogs = FakeDialogs(None)
    controller.install(window, dialogs)
    window.claims = ["ev/paper#2"]
    controller.actions.note.trigger()
    assert controller.undo_stack.count() == 0
    dialogs.answer = "Denied by the other side."
    controller.actions.note.trigger()
    window.link = controller.analysis.links[0]
    controller.actions.link_note.trigger()
    notes = controller.analysis.notes
    assert [(n.claim, n.other) for n in notes] == [("ev/paper#2", None), ("ev/paper#1", "ev/readout#1")]
    dialogs.answer = "number"
    controller.actions.diverge.trigger()
    assert (controller.analysis.links[0].relation, controller.analysis.links[0].reason) == (DIVERGE, "number")


def test_choices_and_pairs():
    assert parse_link_choice("agree") == (AGREE, None)
    assert parse_link_choice("diverge: number") == (DIVERGE, "number")
    assert parse_link_choice("they disagree on dates") == (DIVERGE, "they disagree on dates")
    found = _found()
    assert pair_to_link(found, ["ev/paper#1", "ev/paper#2", "ev/readout#2"]) == ("ev/paper#1", "ev/readout#2")
    assert pair_to_link(found, ["ev/paper#1"]) is None


def test_a_new_controller_replaces_the_old_actions(controller, qtbot, tmp_path):
    window = FakeWindow()
    qtbot.addWidget(window)
    controller.install(window)
    controller.deleteLater()
    second = DecisionsController(tmp_path)
    second.install(window)
    assert window.inspector.actions_bar.actions() == list(second.actions)
    edit = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Edit")
    assert [a.text() for a in edit.actions()].count("Link selected claims") == 1
    assert [a.text() for a in edit.actions()].count("&Undo") == 1


def test_ctrl_z_undoes_through_the_window(controller, qtbot):
    window = FakeWindow()
    qtbot.addWidget(window)
    controller.install(window)
    window.show()
    qtbot.waitExposed(window)
    with warnings.catch_warnings():  # offscreen Qt activates a window only when told directly
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    controller.reject(controller.analysis.links[0])
    qtbot.keyClick(window, "z", QtCore.Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.analysis.links != ())
    qtbot.keyClick(window, "z", QtCore.Qt.KeyboardModifier.ControlModifier | QtCore.Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: controller.analysis.links == ())


def test_a_file_broken_meanwhile_stops_corrections_without_losing_it(controller, qtbot, tmp_path):
    window = FakeWindow()
    qtbot.addWidget(window)
    controller.install(window)
    controller.confirm(controller.analysis.links[0])
    folder_path(tmp_path).write_text("version: 3\n", encoding="utf-8")
    with qtbot.waitSignal(controller.message) as said:
        assert controller.reject(controller.analysis.links[0]) is None
    assert "cannot be used" in said.args[0]
    assert controller.undo_stack.count() == 1 and controller.analysis.links[0].confirmed
    assert not controller.actions.reject.isEnabled()
    assert folder_path(tmp_path).read_text(encoding="utf-8") == "version: 3\n"


def test_link_step_in_one_or_two_steps():
    found = _found()  # ev/paper#1 and ev/readout#1 are linked
    assert link_step(found, ["ev/paper#2", "ev/readout#2"], None) == (("ev/paper#2", "ev/readout#2"), None)
    assert link_step(found, ["ev/paper#1", "ev/readout#1"], None) == (None, "ev/paper#1")
    assert link_step(found, ["ev/readout#1", "ev/paper#1"], "ev/paper#1") == (("ev/paper#1", "ev/readout#1"), None)
    assert link_step(found, ["ev/paper#2"], "ev/paper#1") == (None, "ev/paper#2")
    assert link_step(found, ["ev/paper#1"], "ev/paper#1") == (None, None)
    assert link_step(found, [], "ev/paper#9") == (None, None)


def test_linking_in_two_steps_through_the_action(controller, qtbot):
    window = FakeWindow()
    qtbot.addWidget(window)
    controller.install(window, FakeDialogs("agree"))
    window.claims = ["ev/paper#2"]
    with qtbot.waitSignal(controller.message) as said:
        controller.actions.link.trigger()
    assert "another pane" in said.args[0] and controller.undo_stack.count() == 0
    window.claims = ["ev/readout#2"]
    controller.actions.link.trigger()
    assert [(lk.a, lk.b, lk.relation) for lk in controller.analysis.links if lk.origin == MANUAL] == [
        ("ev/paper#2", "ev/readout#2", AGREE)]


def test_a_claim_opening_on_its_own_quotation_mark_is_quoted_once_in_the_dialogs(qtbot, tmp_path):
    """Seen by helper qa10: the link dialog asked about “"We had a call.” (two opening marks)."""
    controller = DecisionsController(tmp_path)
    controller.set_analysis(controller.apply(_found({**SENTENCES, "ev/paper": ['"We had a call," he said.']})))
    window = FakeWindow()
    qtbot.addWidget(window)
    dialogs = FakeDialogs(None)
    controller.install(window, dialogs)
    window.claims = ["ev/paper#1", "ev/readout#2"]
    controller.actions.link.trigger()
    window.claims = ["ev/paper#1"]
    controller.actions.note.trigger()
    assert dialogs.labels[0].startswith('"We had a call," he said. and \u201c') and "\u201c\"" not in dialogs.labels[0]
    assert dialogs.labels[1] == 'Note on "We had a call," he said.:'


def test_orphaned_corrections_are_announced(controller, qtbot, tmp_path):
    controller.add_note("ev/paper#2", "About the proposals.")
    changed = _found()
    text = changed.documents[1].text.replace("No written proposals were mentioned at all.",
                                              "The weather was discussed instead, at length.")
    doc = dataclasses.replace(changed.documents[1], text=text)
    claims = changed.claims[:3] + (dataclasses.replace(changed.claims[3], text=text[changed.claims[3].start:]),)
    with qtbot.waitSignal(controller.message) as said:
        controller.apply(dataclasses.replace(changed, documents=(changed.documents[0], doc), claims=claims))
    assert said.args[0].startswith("1 correction no longer matches")
    assert controller.analysis.notes == () and len(controller.analysis.orphans) == 1


def test_a_save_moved_to_the_configuration_directory_is_told(controller, qtbot, tmp_path, monkeypatch):
    from readout_viewer.core.decisions import store as decision_store
    real = decision_store.replace_file

    def refuse_in_folder(path, data):
        if path == folder_path(tmp_path):
            raise PermissionError(13, "Permission denied")
        real(path, data)

    monkeypatch.setattr(decision_store, "replace_file", refuse_in_folder)
    with qtbot.waitSignal(controller.message) as said:
        controller.confirm(controller.analysis.links[0])
    assert "now saved in" in said.args[0] and str(controller.store.path) in said.args[0]
