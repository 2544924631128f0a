"""The viewer at 1920×1080 as the lead saw it (helper ux7): three panes of ~310 px and half the window's height
beside a 480-px Documents dock (its lower part an empty metadata editor), a 340-px inspector and the findings
drawer. Three panes now keep fit.PANE_COMFORT each and 55 % of the height; every panel stays one click away."""

from __future__ import annotations

from readout_viewer.app import fit


def _settled(qtbot, window) -> None:
    area = window.area
    qtbot.waitUntil(lambda: bool(window.docks.mode) and area.splitter.width() == area.scroll.viewport().width()
                    and window.docks.sidebar.topLevelItemCount() > 0)


def test_at_1920_three_panes_get_the_room_and_every_panel_one_click_away(qtbot, make_window, corpus_analysis):
    window = make_window(size=(1920, 1050))
    window.show_analysis(corpus_analysis)
    _settled(qtbot, window)
    docks = window.docks
    assert len(window.area.panes) == 3
    qtbot.waitUntil(lambda: all(p.width() >= fit.PANE_COMFORT for p in window.area.panes))
    qtbot.waitUntil(lambda: all(p.height() >= 0.55 * window.height() for p in window.area.panes))
    assert window.size().width() == 1920
    assert docks.dock_inspector.width() >= fit.SIDE_WIDTH - 10
    # the documents: a tab beside the inspector, one click away, not an empty editor under the names
    assert docks.dock_sidebar in window.tabifiedDockWidgets(docks.dock_inspector)
    assert not docks.documents.scroll.isVisible()


def test_the_metadata_editor_shows_once_a_document_is_selected(qtbot, make_window, corpus_analysis):
    window = make_window(size=(1600, 1000))
    window.show_analysis(corpus_analysis)
    _settled(qtbot, window)
    documents = window.docks.documents
    assert not documents.scroll.isVisibleTo(documents)  # nothing to edit yet: the names take the dock
    documents.tree.select(corpus_analysis.documents[0].id)
    qtbot.waitUntil(lambda: documents.scroll.isVisibleTo(documents))
    assert documents.editor.doc is not None and documents.editor.doc.id == corpus_analysis.documents[0].id


def test_a_claim_chosen_in_a_pane_brings_the_inspector_in_front_of_the_documents(qtbot, make_window,
                                                                                   corpus_analysis):
    window = make_window(size=(1920, 1050))
    window.show_analysis(corpus_analysis)
    _settled(qtbot, window)
    docks = window.docks
    qtbot.waitUntil(lambda: docks.mode == fit.MEDIUM)
    docks.dock_sidebar.raise_()
    qtbot.waitUntil(lambda: docks.dock_inspector.visibleRegion().isEmpty())
    claim = corpus_analysis.claims_of[window.area.shown()[0]][0]
    window.area.select_claim(claim.id, scroll=True)
    qtbot.waitUntil(lambda: not docks.dock_inspector.visibleRegion().isEmpty())


def test_one_dock_beside_the_panes_where_both_would_squeeze_them():
    assert fit.mode_for(1920, 3) == fit.MEDIUM  # both docks left ~310-px panes; one leaves 468
    assert fit.mode_for(1920, 2) == fit.WIDE and fit.mode_for(2560, 3) == fit.WIDE
    assert fit.side_spare(1920, 2) == 1000  # each of two panes keeps PANE_COMFORT beside both docks
    assert fit.side_spare(1280, 2) == 2 * fit.SIDE_WIDTH  # tight: both docks at their least, as before
