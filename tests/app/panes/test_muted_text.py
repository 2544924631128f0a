"""Seen on corpus/'s RFE/RL page (helper ux7): its furniture lines ("Accessibility links", "Breaking News") and a photo
caption read in the same black as the statements. Text that is no statement (a claim of another kind, or text
outside every claim) is drawn muted, at a contrast above 4.5:1 in light and dark, its tooltip saying why."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QColor, QTextCursor

from readout_viewer import palette
from readout_viewer.app import theme
from readout_viewer.app.panes import claimtext
from readout_viewer.app.panes.marks import MUTED, NOT_COMPARED, OUTSIDE
from readout_viewer.core.model import CAPTION

PREFIX = "Accessibility links\n\nBreaking News\n\n"


def _with_furniture(tiny):
    """tiny, its outlet's page headed by two furniture lines and its first claim a caption."""
    shift = len(PREFIX)
    documents = tuple(replace(d, text=PREFIX + d.text) if d.id == "e1/paper" else d for d in tiny.documents)
    claims = tuple(replace(c, start=c.start + shift, end=c.end + shift,
                           kind=CAPTION if c.id == "e1/paper#1" else c.kind) if c.doc == "e1/paper" else c
                   for c in tiny.claims)
    quotes = tuple(replace(q, start=q.start + shift, end=q.end + shift) for q in tiny.quotes)
    return replace(tiny, documents=documents, claims=claims, quotes=quotes)


def _colour_at(pane, offset: int) -> str:
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(pane.text._index.to_qt(offset) + 1)
    return cursor.charFormat().foreground().color().name()


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK])
def test_furniture_and_captions_are_muted_with_a_tooltip(qtbot, make_window, tiny, look, restore_look):
    analysis = _with_furniture(tiny)
    window = make_window()
    window.set_theme(look)
    window.show_analysis(analysis)
    qtbot.waitUntil(lambda: any(p.doc_id == "e1/paper" for p in window.area.panes))
    paper = next(p for p in window.area.panes if p.doc_id == "e1/paper")
    qtbot.waitUntil(lambda: claimtext.is_dark(paper.text) == (look == theme.DARK))
    muted = claimtext.MUTED_DARK if look == theme.DARK else claimtext.MUTED_LIGHT
    text = analysis.document["e1/paper"].text
    caption = analysis.claim["e1/paper#1"]
    qtbot.waitUntil(lambda: _colour_at(paper, text.index("Breaking News")) == muted)  # redrawn for the theme
    assert _colour_at(paper, caption.start) == muted
    assert _colour_at(paper, analysis.claim["e1/paper#2"].start) != muted  # a statement keeps the text's colour
    tips = {m.tip for m in paper.text._marks if m.kind == MUTED}
    assert {OUTSIDE, NOT_COMPARED[CAPTION]} <= tips
    assert [(m.start, m.end) for m in paper.text._marks if m.tip == OUTSIDE] == [(0, len(PREFIX.rstrip()))]


def _contrast(a: str, b: str) -> float:
    return palette.contrast(QColor(a).name(), QColor(b).name())


def test_the_muted_colours_keep_a_readable_contrast():
    assert _contrast(claimtext.MUTED_LIGHT, "#ffffff") >= 4.5
    assert _contrast(claimtext.MUTED_DARK, "#1e1e1e") >= 4.5  # theme's dark Base


def test_a_word_joining_two_claims_within_a_line_keeps_the_text_colour(tiny):
    from readout_viewer.app.panes.marks import outside_claims
    us = tiny.document["e1/us"]
    one, two = tiny.claim["e1/us#1"], tiny.claim["e1/us#2"]
    joined = us.text[:one.end] + " and" + us.text[one.end:]
    claims = tuple(replace(c, start=c.start + 4, end=c.end + 4) if c.doc == "e1/us" and c.start >= two.start else c
                   for c in tiny.claims)
    analysis = replace(tiny, claims=claims, documents=tuple(replace(d, text=joined) if d.id == "e1/us" else d
                                                            for d in tiny.documents))
    assert outside_claims("e1/us", analysis) == []  # "… two hours. and They agreed …": one line, not muted
