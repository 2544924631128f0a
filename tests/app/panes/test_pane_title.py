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


def test_a_header_too_narrow_for_source_and_date_drops_the_date_whole(qtbot, make_window):
    """Seen at 1280 px: "The White House · 2021-1…", half a date a reader may take for January."""
    official = replace(doc("e1/us", OFFICIAL, "US", "readout", "The White House"), date="2021-12-07")
    window = make_window(size=(1400, 900))
    window.show_analysis(build("/tmp/dates", [(official, ["One sentence."])]))
    label = window.area.panes[0].source
    metrics = label.fontMetrics()
    for cut in ("The White House · 2021-1", "The White House · 2", "The White House"):
        label.setFixedWidth(metrics.horizontalAdvance(cut) + label.contentsMargins().left() * 2 + 2)
        qtbot.waitUntil(lambda: label.contentsRect().width() == label.width() - label.contentsMargins().left() * 2)
        assert label.shown_text() == "The White House"
    label.setFixedWidth(metrics.horizontalAdvance("The White") + 2)  # not even the source: it is cut
    qtbot.waitUntil(lambda: label.shown_text().endswith("…"))
    assert label.shown_text().startswith("The Whi")
