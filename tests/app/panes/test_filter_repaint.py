"""A highlight filter repaints only the marks it keeps: never the whole text in the tint of the clicked claim."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor


def _tinted(text, offsets) -> set[int]:
    """Which of the (Python) offsets have a background in the pane's text."""
    out = set()
    for at in offsets:
        cursor = QTextCursor(text.document())
        cursor.setPosition(text._index.to_qt(at) + 1)
        if cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush:
            out.add(at)
    return out


def _marked(text) -> set[int]:
    return {i for m in text._marks if m.background for i in range(m.start, m.end)}


def test_a_filter_after_a_click_tints_only_what_it_keeps(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    pane = next(p for p in window.area.panes if p.doc_id == "e1/us")
    words = tiny.document["e1/us"].text
    at = words.index("agreed to meet")  # the claim that diverges
    qtbot.mouseClick(pane.text.viewport(), Qt.MouseButton.LeftButton, pos=pane.text.cursorRect(
        _cursor_at(pane.text, at)).center())
    assert window.selected_claim_ids()[0] == "e1/us#2"
    everywhere = range(len(words))
    window.menu_actions.filters["diverge"].trigger()
    assert _tinted(pane.text, everywhere) == _marked(pane.text)
    assert "e1/us#1" not in {pane.text.claim_at_offset(i) for i in _tinted(pane.text, everywhere)}
    window.menu_actions.filters["all"].trigger()
    # the spaces between claims, and the first claim, are as the marks say: nothing left over from the filter
    assert _tinted(pane.text, everywhere) == _marked(pane.text)
    gaps = [i for i in everywhere if pane.text.claim_at_offset(i) is None]
    assert gaps and not _tinted(pane.text, gaps)


def _cursor_at(text, offset: int) -> QTextCursor:
    cursor = QTextCursor(text.document())
    cursor.setPosition(text._index.to_qt(offset))
    return cursor
