"""The inspector's corrections bar wraps in a narrow dock: every action keeps a visible button (no chevron)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from readout_viewer.app.flowlayout import ActionsBar


def test_every_action_has_a_visible_button_inside_a_narrow_bar(qtbot):
    bar = ActionsBar()
    qtbot.addWidget(bar)
    actions = [QAction(name, bar) for name in ("Confirm", "Reject", "Agree", "Diverge…", "Link", "Note…",
                                                "Link note…", "Undo", "Redo")]
    bar.addActions(actions)
    width = 220
    bar.resize(width, bar.flow.heightForWidth(width))
    bar.show()
    qtbot.waitExposed(bar)
    buttons = bar.findChildren(QToolButton)
    assert [b.defaultAction() for b in buttons] == actions
    qtbot.waitUntil(lambda: all(b.geometry().right() < width for b in buttons))
    assert all(b.isVisible() and b.geometry().bottom() < bar.height() for b in buttons)
    assert len({b.geometry().top() for b in buttons}) > 1  # wrapped onto more than one line


def test_removing_and_inserting_keep_the_order(qtbot):
    bar = ActionsBar()
    qtbot.addWidget(bar)
    a, b, c = (QAction(name, bar) for name in "abc")
    bar.addActions([a, c])
    bar.insertAction(c, b)
    assert bar.actions() == [a, b, c]
    assert [item.widget().defaultAction() for item in bar.flow._items] == [a, b, c]
    bar.removeAction(b)
    assert [item.widget().defaultAction() for item in bar.flow._items] == [a, c]


def test_an_action_deleted_with_its_owner_takes_its_button_away(qtbot):
    """The corrections of a folder left for another are deleted with their controller, never removed by hand."""
    from PySide6.QtCore import QObject
    bar = ActionsBar()
    qtbot.addWidget(bar)
    owner = QObject()
    bar.addActions([QAction("Confirm", owner), QAction("Reject", owner)])
    kept = QAction("Undo", bar)
    bar.addAction(kept)
    with qtbot.waitSignal(owner.destroyed):
        owner.deleteLater()
    qtbot.waitUntil(lambda: len(bar.findChildren(QToolButton)) == 1)
    assert [item.widget().defaultAction() for item in bar.flow._items] == [kept]
