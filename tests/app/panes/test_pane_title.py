"""A pane's title that does not fit its two header lines ends with an ellipsis; the whole one is in the tooltip."""

from __future__ import annotations

from dataclasses import replace

from readout_viewer.core.model import OFFICIAL
from tests.builders import build, doc

LONG = "A very long title about a conversation between two leaders on many subjects, " * 3


def test_a_long_title_is_cut_with_an_ellipsis_and_a_short_one_is_whole(qtbot, make_window):
    long = replace(doc("e1/long", OFFICIAL, "XX", "readout", "Office"), title=LONG.strip())
    short = replace(doc("e1/short", OFFICIAL, "YY", "readout", "Other"), title="Short title")
    window = make_window(size=(1400, 900))
    window.show_analysis(build("/tmp/titles", [(long, ["One sentence."]), (short, ["Another sentence."])]))
    panes = {p.doc_id: p for p in window.area.panes}
    qtbot.waitUntil(lambda: panes["e1/long"].title.text().endswith("…"))
    assert panes["e1/long"].title.text().startswith("A very long title")
    assert LONG.strip() in panes["e1/long"].title.toolTip()
    assert panes["e1/short"].title.text() == "Short title"


def test_the_header_parts_have_tooltips(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    pane = window.area.panes[0]
    assert pane.source.toolTip() and "official" in pane.badge.toolTip().lower()
    assert "Dated 2020-01-01" in pane.source.toolTip() and pane.source.text().endswith("· 2020-01-01")
