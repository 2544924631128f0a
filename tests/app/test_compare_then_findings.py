"""A claim clicked in Compare, then a finding of the other call: the lists are refilled without choosing a claim of
their own (helper qa16: on the bundled corpus the viewer crashed, a segmentation fault, at the Findings row)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from readout_viewer.core.model.vocabulary import MISATTRIBUTION

WH_7, RU_7 = "2021-12-07-video-call/white-house-readout", "2021-12-07-video-call/kremlin-readout"
WH_30, RU_30 = "2021-12-30-phone-call/white-house-statement", "2021-12-30-phone-call/kremlin-readout"


def test_refilling_the_lists_chooses_no_claim_of_the_old_ones(qtbot, corpus_analysis):
    from readout_viewer.app.compare import ComparePanel
    panel = ComparePanel()
    qtbot.addWidget(panel)
    panel.resize(800, 300)
    panel.show()
    panel.set_analysis(corpus_analysis)
    panel.choose(WH_7, RU_7)
    panel.only_b.setCurrentRow(0)  # a claim the Kremlin said and the White House left out, shown
    with qtbot.assertNotEmitted(panel.claim_activated):
        panel.choose(WH_30, RU_30)
    assert panel.pair() == (WH_30, RU_30) and panel.only_b.count() > 0


def test_a_finding_of_the_other_call_after_a_compare_claim_is_shown(qtbot, make_window, corpus, corpus_analysis):
    from readout_viewer.core import findings
    window = make_window(size=(1280, 800))
    window.show_analysis(corpus_analysis, corpus)
    qtbot.waitUntil(lambda: bool(window.docks.mode))
    window.menu_actions.compare.trigger()
    listed = window.docks.compare.only_b
    qtbot.waitUntil(lambda: listed.count() > 0 and listed.isVisible())
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=listed.visualItemRect(listed.item(0)).center())
    qtbot.waitUntil(lambda: bool(window.selected_claim_ids()))
    wrong = next(f for f in findings.findings(corpus_analysis) if f.kind == MISATTRIBUTION)
    assert wrong.doc.startswith("2021-12-30")  # the other call's
    window.docks.show_finding(wrong)  # what a click on its row in Findings does
    assert window.selected_claim_ids()[0] == findings.claim_of(corpus_analysis, wrong)
    assert wrong.doc in window.area.shown()
