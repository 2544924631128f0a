"""A kind chosen lists its findings from the first: the list read halfway down stayed scrolled, and "≈ Altered 8"
opened on its third row, the first two above the fold (helper qa16, Trump–Putin at 1280×800)."""

from __future__ import annotations

from readout_viewer.app.findings.panel import FindingsPanel
from readout_viewer.core.model.vocabulary import OMISSION, QUOTE_NOT_FOUND


def test_a_kind_chosen_after_scrolling_lists_from_its_first_finding(qtbot, corpus_analysis):
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.resize(800, 240)
    panel.show()
    panel.set_analysis(corpus_analysis)
    panel.only(OMISSION)
    bar = panel.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 30)
    bar.setValue(bar.maximum())  # the reader went down the omissions
    panel.only(QUOTE_NOT_FOUND)  # 19 of them: more than the list shows
    assert panel.proxy.rowCount() > 10 and bar.maximum() > 0
    assert bar.value() == 0
    assert panel.table.rowAt(0) == 0
