"""Seen at 1280×800 and 1366×768 (helper ux5): the findings list showed some 800 px of its columns, the reason
sixth, off-screen behind a sideways scroll, while a Verdict column repeated the Type's word and an empty "Cited
as" took 110 px on every kind but attributions."""

from __future__ import annotations

from dataclasses import replace

from readout_viewer.app.findings.table import CITED, REASON, TEXT, VERDICT
from readout_viewer.core import findings
from readout_viewer.core.model import MISATTRIBUTED, Attribution


def test_at_1280_the_reason_starts_on_screen_and_no_column_repeats_another(qtbot, make_window, tiny):
    window = make_window(size=(1280, 800))
    window.show_analysis(tiny)  # no attribution: nothing is cited
    panel = window.docks.findings
    qtbot.waitUntil(lambda: panel.table.isVisible() and panel.proxy.rowCount() > 0)
    table = panel.table
    assert table.isColumnHidden(VERDICT) and table.isColumnHidden(CITED)
    assert 0 <= table.columnViewportPosition(REASON) < table.viewport().width() - 100
    # the reason whole on screen beside the text (it showed ~160 px of 300 beside a 330 px text): the two share
    # what Type and Document leave; Counterpart and Score are scrolled to
    assert table.columnViewportPosition(REASON) + table.columnWidth(REASON) <= table.viewport().width()
    assert table.columnWidth(REASON) >= 200 and table.columnWidth(TEXT) >= 200


def test_cited_as_shows_when_an_attribution_is_listed(qtbot, make_window, tiny):
    text = tiny.document["e1/paper"].text
    wrong = Attribution("e1/paper", 0, text.index(","), "e1/us", "officials", MISATTRIBUTED, "e1/ru", 0.9)
    window = make_window(size=(1280, 800))
    window.show_analysis(replace(tiny, attributions=(wrong,)))
    panel = window.docks.findings
    qtbot.waitUntil(lambda: panel.proxy.rowCount() > 0)
    panel.chips[findings.ALTERED_QUOTE].trigger()
    qtbot.waitUntil(lambda: panel.table.isColumnHidden(CITED))
    panel.chips[findings.MISATTRIBUTION].trigger()
    qtbot.waitUntil(lambda: not panel.table.isColumnHidden(CITED))
    assert panel.proxy.index(0, CITED).data() == "officials"
