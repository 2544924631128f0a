"""Seen by helper qa18, as a screen reader (Orca, NVDA) reads the window: one control of the whole window had an
accessible name. The panes, the findings and the matrix, the find and filter fields, the score box, the documents and
problems lists, the inspector said only their role ("text", "table", "list"); the previous / next finding and swap
buttons said their arrows; a claim's status was told by its colour and its line alone, and a matrix cell by "not
equal to". Every control a key reaches now has a name, a selected claim is told in words, a cell by its status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from readout_viewer import palette

# Widgets whose own text is their value, not a name: they need a name set, or a label that is their buddy.
VALUED = (QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def _inside(widget: QWidget, kinds) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def _buddied(widget: QWidget, root: QWidget) -> bool:
    return any(label.buddy() is widget and label.text() for label in root.findChildren(QLabel))


def unnamed(root: QWidget) -> list[str]:
    """Every widget under `root` a key can reach that a screen reader would not name (a combo's list, a spin box's
    or combo's line are parts of the control that names them; a tab bar with no tab is nothing to reach)."""
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or _inside(widget, (QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(widget, QTabBar) and widget.count() == 0:
            continue
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        if isinstance(widget, VALUED):
            named = bool(widget.accessibleName()) or _buddied(widget, root)
        else:  # a button: its words, never a glyph alone ("◀", "⇄")
            named = any(ch.isalpha() for ch in name)
        if not named:
            out.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}: {name!r}")
    return out


def test_every_control_a_key_reaches_has_a_name(qtbot, make_window, corpus_analysis):
    window = make_window(size=(1280, 800))
    window.show_analysis(corpus_analysis)
    for dock in window.docks.all():  # every panel built, the matrix, compare and problems too
        dock.show()
    qtbot.waitUntil(lambda: window.docks.findings.table.model().rowCount() > 0)
    assert unnamed(window) == []
    panel = window.docks.findings
    assert (panel.previous.accessibleName(), panel.next.accessibleName()) == ("Previous finding", "Next finding")
    assert window.docks.compare.swap.accessibleName() == "Swap A and B"


def test_the_dialogs_name_their_controls(qtbot, corpus_analysis):
    from readout_viewer.app.decisions.notedialog import NoteDialog
    from readout_viewer.app.export_action import ExportDialog, default_choices
    from readout_viewer.app.inferred_dialog import InferredDialog
    from readout_viewer.app.paste_dialog import PasteDialog
    shown = [d.id for d in corpus_analysis.documents[:3]]
    for dialog in (ExportDialog(None, corpus_analysis, default_choices(corpus_analysis, shown), lambda _c: None),
                   NoteDialog(None, "Note on a claim", "Your note on “They agreed”"),
                   PasteDialog(None, "The text pasted", "A title", ["e1"], "e1"),
                   InferredDialog("corpus", corpus_analysis.documents[:2])):
        qtbot.addWidget(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__


def test_a_selected_claim_is_told_in_words(qtbot, make_window, tiny):
    window = make_window(size=(1280, 800))
    window.show_analysis(tiny)
    area = window.area
    qtbot.waitUntil(lambda: len(area.panes) == 3 and all(p.doc_id for p in area.panes))
    us = next(p for p in area.panes if p.doc_id == "e1/us")
    assert us.text.accessibleName() == f"Text of {tiny.document['e1/us'].label}"
    assert us.selector.accessibleName() == f"Document shown: {tiny.document['e1/us'].label}"
    assert us.text.accessibleDescription() == ""
    area.select_claim("e1/us#2")
    said = us.text.accessibleDescription()
    assert said.startswith("They agreed to meet again. — ")
    assert palette.LABEL["diverge"] + " (negation)" in said  # the status in words, with its reason
    area.select_claim("e1/us#3")
    assert us.text.accessibleDescription() == "Trade was discussed at length. — " + palette.LABEL["omitted"]


def test_a_matrix_cell_is_told_by_its_status(qtbot, make_window, tiny):
    window = make_window(size=(1280, 800))
    window.show_analysis(tiny)
    window.docks.dock_matrix.show()
    table = window.docks.matrix.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    model = table.model()
    said = {model.data(model.index(row, col), Qt.ItemDataRole.AccessibleTextRole)
            for row in range(model.rowCount()) for col in range(1, model.columnCount())}
    assert any(s.endswith(": " + palette.LABEL["diverge"] + " (score 0.70)") for s in said)
    assert any(palette.LABEL["omitted"] in s for s in said)
    assert not any(s in palette.MARK.values() for s in said)  # never the mark's name alone


def test_the_spoken_words_of_a_claim(tiny):
    from readout_viewer.app.panes.marks import Mark, spoken
    marks = [Mark(0, 5, "diverge", "diverges (negation)", True), Mark(100, 120, "agree", "agrees", True)]
    claim = tiny.claim["e1/us#1"]
    assert spoken("e1/us#1", tiny, marks, "diverge") == f"{claim.text} — diverges (negation)"
    assert spoken("e1/us#1", tiny, [], "unlinked") == f"{claim.text} — {palette.LABEL['unlinked']}"


def test_a_findings_row_says_its_kind_in_words(qtbot, make_window, tiny):
    from readout_viewer.app.findings.table import TYPE
    window = make_window(size=(1280, 800))
    window.show_analysis(tiny)
    model = window.docks.findings.table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    said = [model.data(model.index(row, TYPE), Qt.ItemDataRole.AccessibleTextRole) for row in range(model.rowCount())]
    assert "Diverge" in said and "Left out" in said
    assert not any(s[:1] in palette.MARK.values() for s in said)  # "≠ Diverge" was read "not equal to Diverge"
