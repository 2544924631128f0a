"""Seen by helper qa2 on the Biden–Modi call: "! Misattributed 0" clicked left a blank table under "– of 0", which
said nothing (still loading? a filter?). An empty list now says why, in muted text."""

from __future__ import annotations

from readout_viewer.core import findings


def _drawn(table) -> bool:
    """Whether the note changes what the empty table's viewport shows."""
    note = table.empty_note
    noted = table.viewport().grab().toImage()
    table.set_empty_note("")
    blank = table.viewport().grab().toImage()
    table.set_empty_note(note)
    return noted != blank


def test_a_kind_with_no_finding_says_so_in_words(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    window.show()
    panel = window.docks.findings
    assert not [f for f in findings.findings(tiny) if f.kind == findings.MISATTRIBUTION]
    panel.chips[findings.MISATTRIBUTION].trigger()
    assert panel.proxy.rowCount() == 0
    assert panel.table.empty_note == ("Nothing here: no statements pinned on a source that does not carry them "
                                      "(another does).")
    qtbot.waitUntil(panel.table.isVisible)
    assert _drawn(panel.table)
    panel.only()  # every kind again: rows, and no note drawn over them
    assert panel.proxy.rowCount() > 0 and not _drawn(panel.table)


def test_words_that_no_finding_holds_are_named(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    panel = window.docks.findings
    panel.words.setText("zanzibar")
    assert panel.proxy.rowCount() == 0
    assert panel.table.empty_note == "No finding listed holds “zanzibar”: clear the words to see the others."
