"""Seen at 1280 px widened to 1920 (helper ux5): the findings drawer stayed across the whole width, the Documents
and inspector docks squeezed above it. Beside the panes the side docks run the window's height and the drawer sits
under the panes; narrowed again, the drawer takes the width; a dock the user moved stays where they put it."""

from __future__ import annotations

from readout_viewer.app import fit

# Wide enough for both side docks beside three panes at fit.PANE_COMFORT (at 1920 px they share the right: MEDIUM).
WIDE_SCREEN = (2400, 1050)


def _settled(qtbot, window, mode: str, fitted: bool = True) -> None:
    qtbot.waitUntil(lambda: window.docks.mode == mode)
    if fitted:  # the panes fill the width left them (a dock the user keeps beside them may leave too little)
        qtbot.waitUntil(lambda: window.area.splitter.width() == window.area.scroll.viewport().width())


def test_widened_the_drawer_goes_under_the_panes_between_the_side_docks_and_back(qtbot, make_window, tiny):
    window = make_window(size=(1280, 800))
    window.show_analysis(tiny)
    docks = window.docks
    _settled(qtbot, window, fit.mode_for(1280, len(window.area.panes)))
    window.resize(*WIDE_SCREEN)
    _settled(qtbot, window, fit.WIDE)
    findings, sidebar, inspector = docks.dock_findings, docks.dock_sidebar, docks.dock_inspector
    qtbot.waitUntil(lambda: findings.geometry().left() >= sidebar.geometry().right())
    assert findings.geometry().right() <= inspector.geometry().left()
    assert inspector.height() > findings.geometry().top()  # the inspector runs past the drawer's top, down
    window.resize(1100, 800)
    _settled(qtbot, window, fit.mode_for(1100, len(window.area.panes)))
    qtbot.waitUntil(lambda: findings.geometry().left() <= 5)  # narrowed: the drawer takes the width again


def test_a_dock_the_user_moved_stays_where_they_put_it(qtbot, make_window, tiny):
    window = make_window(size=WIDE_SCREEN)
    window.show_analysis(tiny)
    docks = window.docks
    _settled(qtbot, window, fit.WIDE)
    window.addDockWidget(fit.LEFT, docks.dock_inspector)  # as a drag onto the left does
    window.resize(1100, 800)
    _settled(qtbot, window, fit.mode_for(1100, len(window.area.panes)), fitted=False)
    assert window.dockWidgetArea(docks.dock_inspector) == fit.LEFT
    assert window.dockWidgetArea(docks.dock_findings) == fit.BOTTOM
