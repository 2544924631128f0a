"""Text that is not a statement (a question, procedure, a caption) is muted: no tint, no ribbon, not counted."""

from __future__ import annotations

from dataclasses import replace

from readout_viewer.app.panes.marks import MUTED
from readout_viewer.core.model import QUESTION


def test_a_question_is_plain_text_with_no_ribbon_and_no_count(qtbot, make_window, tiny):
    analysis = replace(tiny, claims=tuple(replace(c, kind=QUESTION) if c.id in ("e1/us#1", "e1/ru#1") else c
                                          for c in tiny.claims))
    window = make_window()
    window.show_analysis(analysis)
    us = next(p for p in window.area.panes if p.doc_id == "e1/us")
    question = tiny.claim["e1/us#1"]
    marks = [m for m in us.text._marks if m.start == question.start]
    assert [(m.kind, m.background) for m in marks] == [(MUTED, False)]  # muted, untinted
    assert "question" in marks[0].tip
    assert "e1/us#1" not in us.overview.statuses or us.overview.statuses["e1/us#1"].status == "unlinked"
    drawn = {(a, b) for handle in (window.area.splitter.handle(i) for i in range(1, window.area.splitter.count()))
             for a, b, _ in handle.splitter().links_for(handle._panes()[0].doc_id, handle._panes()[1].doc_id)}
    assert not {("e1/us#1", "e1/ru#1"), ("e1/ru#1", "e1/us#1")} & drawn
    assert us.counts.text().count("✓") == 0  # the only agreement was the question's
