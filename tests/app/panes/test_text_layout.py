"""A pane's text and its marks reach the document's layout as one change: laid out once, marked, not twice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from readout_viewer.app.panes.claimtext import ClaimText
from readout_viewer.app.panes.marks import Mark


def test_a_text_and_its_marks_are_one_change_of_the_document(qtbot, tiny):
    text = ClaimText()
    qtbot.addWidget(text)
    text.resize(400, 300)
    text.show()
    doc = tiny.documents[0]
    added: list[int] = []
    text.document().contentsChange.connect(lambda _at, _removed, chars: chars and added.append(chars))
    text.show_document(doc, tiny, [Mark(0, 5, "diverge", "why", True)])
    assert len(added) == 1  # before: the plain text was one change (laid out), its marks a second (laid out again)
    assert text.toPlainText() == doc.text
    cursor = QTextCursor(text.document())
    cursor.setPosition(3)
    assert cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush  # the mark is on the text
    cursor.setPosition(len(doc.text))
    assert cursor.charFormat().background().style() == Qt.BrushStyle.NoBrush
