"""A small logical screen (1024 px: 150 % with a raised font, a netbook): a folder opens with the panes that fit."""

from __future__ import annotations

from readout_viewer.app import fit
from tests.builders import corpus_folder


def test_as_many_panes_as_keep_their_readable_width_and_never_fewer_than_two():
    assert fit.panes_fitting(fit.panes_width(3)) == 3
    assert fit.panes_fitting(fit.panes_width(3) - 1) == 2
    assert fit.panes_fitting(1024) == 2
    assert fit.panes_fitting(400) == 2  # a comparison needs two texts, scrolled sideways if need be
    assert fit.panes_fitting(4000) == 3  # more is the reader's choice (a pane's selector, the Documents list)


def _open(qtbot, window) -> None:
    window.open_folder(corpus_folder())
    qtbot.waitUntil(lambda: window.base is not None and window.settled, timeout=60_000)


def test_a_1024_px_window_opens_the_two_readouts_whole_without_a_sideways_scroll(qtbot, make_window):
    window = make_window(size=(1024, 600))
    _open(qtbot, window)
    docs = [window.analysis.document[d] for d in window.area.shown()]
    assert [d.role for d in docs] == ["official", "official"]  # on the old code a third pane, cut at the edge
    assert {d.side for d in docs} == {"US", "RU"}
    qtbot.waitUntil(lambda: all(p.width() >= fit.PANE_MIN_WIDTH for p in window.area.panes))
    assert window.area.scroll.horizontalScrollBar().maximum() == 0  # 56 px to scroll on the old code
    right = window.area.panes[-1]
    assert right.mapTo(window, right.rect().topRight()).x() < window.width()


def test_a_third_pane_is_one_choice_away_and_then_scrolls_sideways(qtbot, make_window):
    window = make_window(size=(1024, 600))
    _open(qtbot, window)
    outlet = next(d.id for d in window.analysis.documents if d.role != "official")
    window.area.show_documents(window.area.shown() + [outlet])
    qtbot.waitUntil(lambda: window.area.scroll.horizontalScrollBar().maximum() > 0)
    assert len(window.area.panes) == 3


def test_a_window_wide_enough_opens_three(qtbot, make_window):
    window = make_window(size=(fit.panes_width(3), 700))
    _open(qtbot, window)
    assert len(window.area.shown()) == 3


def test_the_docks_start_arranged_for_the_panes_the_folder_will_open_with(qtbot, make_window):
    window = make_window(size=(1000, 700))
    qtbot.waitUntil(lambda: bool(window.docks.mode))
    before = window.docks.mode
    assert before == fit.mode_for(1000, 2)  # arranged for three on the old code, then rearranged for two
    _open(qtbot, window)
    assert len(window.area.panes) == 2 and window.docks.mode == before
