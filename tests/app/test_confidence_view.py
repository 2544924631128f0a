"""Issue 11, finding 12: scores are seen where links are read, weak links are drawn apart, and a remembered
floor hides what is under it everywhere (panes, ribbons, matrix, findings, inspector, export)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from readout_viewer.app.panes.ribbons import ribbon_pen, weak
from readout_viewer.app.settings import Settings
from readout_viewer.core import confidence, findings
from readout_viewer.core.model import MANUAL


def _weak(tiny):
    """The us#1 - paper#1 link made weak (0.2)."""
    return replace(tiny, links=tuple(replace(lk, score=0.2) if lk.a == "e1/paper#1" else lk for lk in tiny.links))


def test_a_weak_link_is_drawn_faint_and_dotted_unless_an_analyst_stands_by_it(tiny):
    from PySide6.QtGui import QColor
    link = replace(tiny.links[0], score=confidence.WEAK - 0.01)
    assert weak(link) and ribbon_pen(link, QColor("#009E73")).style() == Qt.PenStyle.DotLine
    assert not weak(replace(link, confirmed=True)) and not weak(replace(link, origin=MANUAL))
    assert not weak(tiny.links[0])


def test_scores_are_in_the_tooltips_the_inspector_and_the_findings(qtbot, make_window, tiny):
    analysis = _weak(tiny)
    window = make_window()
    window.show_analysis(analysis)
    us = next(p for p in window.area.panes if p.doc_id == "e1/us")
    tip = next(m.tip for m in us.text._marks if m.start == tiny.claim["e1/us#1"].start and m.background)
    assert "score 0.90" in tip and "score 0.20, weak" in tip
    window.area.select_claim("e1/us#1")
    page = window.inspector.browser.toPlainText()
    assert "score 0.20 weak" in page and "score 0.90 ·" in page
    panel = window.docks.findings
    assert any(panel.model.data(panel.model.index(r, 7)) == "0.70" for r in range(panel.model.rowCount()))


def test_the_floor_hides_weak_links_everywhere_and_is_remembered(qtbot, make_window, tiny, settings):
    analysis = _weak(tiny)
    window = make_window()
    window.show_analysis(analysis)
    matrix = window.docks.matrix.model
    cell = (matrix.claims.index("e1/us#1"), matrix.docs.index("e1/paper") + 1)
    assert matrix.cell(*cell) == "agree"
    window.menu_actions.score.setValue(0.5)
    assert window.min_score == 0.5 and Settings(settings.path).min_score() == 0.5
    assert all(lk.score >= 0.5 for lk in window.analysis.links)
    assert window.docks.matrix.model.cell(*cell) == "omitted"  # the paper now leaves the claim out
    handles = [window.area.splitter.handle(i) for i in range(1, window.area.splitter.count())]
    drawn = {r.link for h in handles for r in h.compute()}
    assert all(lk.score >= 0.5 for lk in drawn)
    rows = window.docks.findings.visible()
    assert rows == findings.findings(analysis, 0.5)
    assert "score ≥ 0.50" in window.legend.against.text()
    assert "1 link," in window.statusBar().currentMessage()
    again = make_window(settings_=Settings(settings.path))
    assert again.min_score == 0.5 and again.menu_actions.score.value() == 0.5


def test_corrections_still_see_every_link_under_the_floor(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(_weak(tiny))
    window.set_min_score(0.5)
    assert len(window.decided.links) == len(tiny.links) and len(window.analysis.links) == len(tiny.links) - 1


def test_the_floor_set_back_to_zero_says_nothing_is_hidden(qtbot, make_window, tiny):
    """Not "0 links, 0 attributions and 0 reports hidden; claims they joined now read as left out" (helper qa5)."""
    window = make_window()
    window.show_analysis(_weak(tiny))
    window.set_min_score(0.5)
    assert "1 link," in window.statusBar().currentMessage()
    window.set_min_score(0.0)
    said = window.statusBar().currentMessage()
    assert "nothing hidden" in said and "left out" not in said
