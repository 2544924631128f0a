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
    assert panes["e1/long"].title.text().startswith("2020-01-01 · A very long title")
    assert LONG.strip() in panes["e1/long"].title.toolTip()
    assert panes["e1/short"].title.text() == "2020-01-01 · Short title"


def test_a_long_excerpt_s_title_is_cut_before_its_excerpt_mark_never_through_it(qtbot, make_window):
    """Seen on an official text assembled from outlet quotations: its long title ran past two lines and the
    ellipsis cut "(excerpt)" away, so nothing in the header said the text is partial."""
    cut = replace(doc("e1/cut", OFFICIAL, "XX", "readout", "Office"), title=LONG.strip(), excerpt=True)
    other = replace(doc("e1/other", OFFICIAL, "YY", "readout", "Other"), title="Short title")
    window = make_window(size=(1280, 770))
    window.show_analysis(build("/tmp/excerpt", [(cut, ["One sentence."]), (other, ["Another sentence."])]))
    pane = next(p for p in window.area.panes if p.doc_id == "e1/cut")
    qtbot.waitUntil(lambda: pane.title.text().endswith("… (excerpt)"))
    assert pane.title.text().startswith("2020-01-01 · A very long title")
    assert "only an excerpt" in pane.title.toolTip()


def test_the_header_parts_have_tooltips(qtbot, make_window, tiny):
    window = make_window()
    window.show_analysis(tiny)
    pane = window.area.panes[0]
    assert pane.source.toolTip() and "official" in pane.badge.toolTip().lower()
    assert "Dated 2020-01-01" in pane.source.toolTip() and pane.title.text().startswith("2020-01-01 · ")


def test_panes_side_by_side_are_dated_alike_however_long_their_sources(qtbot, make_window):
    """Seen at 1280 px: "The White House" lost its date where "Kremlin · 2021-12-07" beside it kept it."""
    us = replace(doc("e1/us", OFFICIAL, "US", "readout", "The White House"), date="2021-12-07", title="Readout")
    ru = replace(doc("e1/ru", OFFICIAL, "RU", "readout", "Kremlin"), date="2021-12-07", title="Conversation")
    window = make_window(size=(1280, 800))
    window.show_analysis(build("/tmp/dates", [(us, ["One sentence."]), (ru, ["Another sentence."])]))
    for pane in window.area.panes:
        pane.source.setFixedWidth(pane.source.fontMetrics().horizontalAdvance("The White House · 20"))
    for pane in window.area.panes:
        qtbot.waitUntil(lambda pane=pane: pane.title.text().startswith("2021-12-07 · "))
        assert "2021-12-07" not in pane.source.shown_text() and "Dated 2021-12-07" in pane.source.toolTip()
    assert [p.source.shown_text() for p in window.area.panes] == ["The White House", "Kremlin"]
