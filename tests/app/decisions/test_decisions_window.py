"""The corrections in the real viewer window: actions on the inspector bar act on the selection, undo restores."""

import shutil

import pytest

from readout_viewer.app.window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path, corpus, settings):
    event = sorted(p for p in corpus.iterdir() if p.is_dir())[-1]
    root = tmp_path / "folder"
    shutil.copytree(event, root / event.name)
    w = MainWindow(settings)  # isolated settings: the user's own are never touched
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.analysis_shown, timeout=60000):
        w.open_folder(root)
    return w


def test_reject_and_undo_from_the_window(window, qtbot):
    c = window.controller
    assert c is not None and c.actions is not None
    link = window.base.links[0]
    window.area.select_link(link)
    assert window.selected_link() == link
    with qtbot.waitSignal(window.analysis_shown):
        c.actions.reject.trigger()
    assert link not in window.analysis.links and len(window.analysis.links) == len(window.base.links) - 1
    with qtbot.waitSignal(window.analysis_shown):
        c.actions.undo.trigger()
    assert link in window.analysis.links


def test_reopening_a_folder_does_not_pile_up_actions(window, qtbot):
    with qtbot.waitSignal(window.analysis_shown, timeout=60000):
        window.open_folder(window.folder)
    bar = window.inspector.actions_bar
    qtbot.waitUntil(lambda: [a.text() for a in bar.actions()].count("Reject link") == 1)
    assert len(bar.actions()) == len(window.controller.actions)


def test_another_folder_leaves_one_row_of_correction_buttons(window, qtbot, tmp_path, corpus):
    """The old folder's corrections are deleted with their controller: their buttons leave the bar with them
    (helper qa5 saw every button twice in the inspector after File → Open folder)."""
    from PySide6.QtWidgets import QToolButton
    event = sorted(p for p in corpus.iterdir() if p.is_dir())[0]
    other = tmp_path / "other"
    shutil.copytree(event, other / event.name)
    old = window.controller
    gone = []
    old.destroyed.connect(lambda: gone.append(True))
    with qtbot.waitSignal(window.analysis_shown, timeout=60000):
        window.open_folder(other)
    qtbot.waitUntil(lambda: bool(gone))  # the first folder's controller and its actions are deleted
    bar = window.inspector.actions_bar
    qtbot.waitUntil(lambda: len(bar.findChildren(QToolButton)) == len(window.controller.actions))
    texts = [b.text() for b in bar.findChildren(QToolButton)]
    assert texts.count("Reject") == 1 and len(bar.flow._items) == len(bar.actions())
