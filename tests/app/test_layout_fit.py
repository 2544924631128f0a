"""Issue 11, finding 1: at laptop and desktop sizes, light and dark, every pane stays readable (≥ 320 px, its
header cut with an ellipsis and a tooltip, never mid-word) and the docks go where there is room."""

from __future__ import annotations

import pytest

from readout_viewer.app import fit, theme
from readout_viewer.app.panes.pane import PANE_MIN_WIDTH

SIZES = ((1280, 800), (1366, 768), (1600, 1000), (1920, 1080))


def test_the_arrangement_follows_the_room_the_panes_leave():
    assert fit.mode_for(1280, 3) == fit.COMPACT
    assert fit.mode_for(1366, 3) == fit.MEDIUM
    assert fit.mode_for(1600, 3) == fit.WIDE
    assert fit.mode_for(1280, 2) == fit.WIDE  # two panes leave room for both side docks
    assert fit.mode_for(1920, 5) == fit.COMPACT


def _settled(qtbot, window) -> None:
    area = window.area
    qtbot.waitUntil(lambda: bool(window.docks.mode) and area.splitter.width() == area.scroll.viewport().width())


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK])
def test_three_panes_are_readable_at_common_sizes(qtbot, make_window, corpus_analysis, size, look, restore_look):
    window = make_window(size=size)
    window.set_theme(look)
    window.show_analysis(corpus_analysis)
    _settled(qtbot, window)
    assert window.size().width() == size[0]  # nothing widened the window past the screen
    assert window.docks.mode == fit.mode_for(size[0], 3)
    for pane in window.area.panes:
        assert pane.width() >= PANE_MIN_WIDTH
        shown, whole = pane.source.shown_text(), pane.source.text()
        assert shown == whole or (shown.endswith("…") and whole in pane.source.toolTip())
        assert shown.startswith(corpus_analysis.document[pane.doc_id].source)  # never "The \\" or "Krem"
        # every pane of the row dated alike, the date first on the title's line ("The White House" beside
        # "Kremlin · 2021-12-07" lost its date at 1280 px: one side dated, the other not)
        assert pane.title.text().startswith(f"{corpus_analysis.document[pane.doc_id].date} · ")
        title = pane.title.text().removesuffix(pane._mark)  # an excerpt's mark stays whole after a cut title
        assert title and (title in pane._title or title.endswith("…"))
    # the panes fit side by side: no sideways scrolling at any of these sizes
    assert window.area.splitter.width() <= window.area.scroll.viewport().width()
    inspector = window.docks.dock_inspector
    assert inspector.isVisible() and inspector.widget().width() >= fit.SIDE_WIDTH - 10
    if window.docks.mode == fit.COMPACT:  # below the panes, beside the lists (not one more tab)
        assert window.dockWidgetArea(inspector) == fit.BOTTOM
        assert inspector not in window.tabifiedDockWidgets(window.docks.dock_findings)


def test_more_panes_than_fit_scroll_sideways_and_fewer_fill_the_width(qtbot, make_window, corpus_analysis):
    window = make_window(size=(1280, 800))
    window.show_analysis(corpus_analysis)
    event = corpus_analysis.events[0]
    window.area.show_documents([d.id for d in corpus_analysis.documents_of(event)][:5])
    qtbot.waitUntil(lambda: window.area.splitter.width() > window.area.scroll.viewport().width())
    assert all(p.width() >= PANE_MIN_WIDTH for p in window.area.panes)
    window.area.show_documents(window.area.shown()[:2])
    _settled(qtbot, window)


def test_a_pane_title_too_long_for_its_header_ends_with_an_ellipsis(qtbot, make_window, tiny):
    from dataclasses import replace
    long = replace(tiny, documents=tuple(replace(d, source="A very long name of a news agency " * 3)
                                          if d.id == "e1/paper" else d for d in tiny.documents))
    window = make_window(size=(1280, 800))
    window.show_analysis(long)
    _settled(qtbot, window)
    pane = next(p for p in window.area.panes if p.doc_id == "e1/paper")
    assert pane.source.shown_text().endswith("…") and pane.source.shown_text()[:-1] in pane.source.text()
    assert "A very long name of a news agency" in pane.source.toolTip()


def test_the_drawer_hides_and_comes_back_and_can_be_enlarged(qtbot, make_window, tiny):
    window = make_window(size=(1280, 800))
    window.show_analysis(tiny)
    _settled(qtbot, window)
    findings = window.docks.dock_findings
    before = window.area.height()
    window.toggle_drawer()
    qtbot.waitUntil(lambda: window.area.height() > before + 100)
    assert not findings.isVisible()
    window.toggle_drawer()
    qtbot.waitUntil(lambda: findings.isVisible())
    window.enlarge_drawer()
    qtbot.waitUntil(lambda: findings.height() >= (fit.TALL_SHARE - 0.1) * window.height())


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_on_a_laptop_the_panes_keep_most_of_the_height_and_the_drawer_its_share(qtbot, make_window, corpus_analysis,
                                                                                 size):
    window = make_window(size=size)
    window.show_analysis(corpus_analysis)
    _settled(qtbot, window)
    findings = window.docks.dock_findings
    # every tab of the drawer shares its height: none may hold it taller than its share (the Documents tab's seven
    # metadata fields once held it at 364 px, leaving the panes a third of an 800 px window)
    qtbot.waitUntil(lambda: window.area.height() >= 0.5 * window.height())
    assert findings.height() <= (fit.DRAWER_SHARE + 0.05) * window.height()
    assert all(d.minimumSizeHint().height() < fit.DRAWER_SHARE * window.height() for d in window.docks.drawer())
