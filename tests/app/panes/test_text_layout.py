"""A pane's text and its marks reach the document's layout as one change: laid out once, marked, not twice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from readout_viewer.app.panes.claimtext import ClaimText
from readout_viewer.app.panes.marks import Mark
from tests.builders import build, doc


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


def test_the_panes_have_their_size_before_their_texts_are_laid_out(qtbot, make_window, corpus_analysis, monkeypatch):
    """A text is laid out at its pane's width when it is set: a pane that changes height afterwards can lose or gain
    its scroll bar and lay its text out again (before: filled 427 px tall in a scroll area not yet laid out, 475 px
    once it was, the first pane's scroll bar gone and back)."""
    window = make_window(size=(1600, 1000))
    qtbot.waitExposed(window)
    area = window.area
    at_fill: list[tuple[object, object]] = []
    show = ClaimText.show_document

    def recorded(self, *args) -> None:
        at_fill.append((area.scroll.geometry(), area.rect()))
        show(self, *args)
    monkeypatch.setattr(ClaimText, "show_document", recorded)
    window.show_analysis(corpus_analysis, defer=True)
    assert len(at_fill) == 3
    assert all(scroll == whole for scroll, whole in at_fill)  # the panes' scroll area fills the area when filled


def _widths_laid_out(qtbot, sentences: list[str]) -> tuple[list[float], ClaimText]:
    """The page widths at which a fresh pane's text is laid out when a text of `sentences` is set in it (300 × 200
    px; a sentence starting "¶" starts a paragraph)."""
    text = ClaimText()
    qtbot.addWidget(text)
    text.resize(300, 200)
    text.show()
    qtbot.waitExposed(text)
    analysis = build("/tmp/e", [(doc("e1/text"), sentences)])
    widths: list[float] = []
    # the size each layout gave (the page's width read when the signal arrives is already the next layout's)
    text.document().documentLayout().documentSizeChanged.connect(lambda size: widths.append(size.width()))
    text.show_document(analysis.documents[0], analysis, [])
    return widths, text


def test_a_text_taller_than_its_pane_is_laid_out_once_beside_its_scroll_bar(qtbot):
    widths, text = _widths_laid_out(qtbot, [f"¶Paragraph {n} says a few words more." for n in range(60)])
    assert text.verticalScrollBar().isVisible()
    assert len(set(widths)) == 1  # before: laid out at the whole width, the bar appeared, laid out again beside it


def test_a_text_that_fits_its_pane_keeps_the_whole_width(qtbot):
    widths, text = _widths_laid_out(qtbot, ["A short text."])
    assert not text.verticalScrollBar().isVisible()
    assert widths[-1] == text.viewport().width()  # laid out last at the width without a bar
    assert text.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
