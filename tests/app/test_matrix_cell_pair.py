"""A cell of the coverage matrix clicked: the corrections act on the pair the cell shows (helper qa5's walk)."""

from __future__ import annotations


def test_a_matrix_cell_selects_its_own_link_not_the_neighbouring_panes(qtbot, make_window, tiny):
    window = make_window(size=(1400, 900))
    window.show_analysis(tiny)
    area = window.area
    area.show_documents(["e1/us", "e1/ru", "e1/paper"])
    qtbot.waitUntil(lambda: area.shown() == ["e1/us", "e1/ru", "e1/paper"])
    # the cell of the readout's first statement under the outlet: the outlet's ✓, two panes away
    with qtbot.waitSignal(area.link_selected) as blocker:
        window.docks.matrix.cell_activated.emit("e1/us#1", "e1/paper")
    link = blocker.args[0]
    assert link is not None and {link.a, link.b} == {"e1/us#1", "e1/paper#1"}
    assert area.link == link  # what Confirm, Reject and a re-label act on
    assert area.selected[area.pane_of("e1/paper#1")] == "e1/paper#1"


def test_an_empty_matrix_cell_still_shows_its_claim(qtbot, make_window, tiny):
    window = make_window(size=(1400, 900))
    window.show_analysis(tiny)
    area = window.area
    area.show_documents(["e1/us", "e1/ru"])
    with qtbot.waitSignal(area.claim_selected) as blocker:
        window.docks.matrix.cell_activated.emit("e1/us#3", "e1/paper")  # ∅: the outlet leaves it out
    assert blocker.args == ["e1/us#3"]
    assert "e1/paper" in area.shown()
