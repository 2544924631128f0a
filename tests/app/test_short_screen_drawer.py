"""A short screen (1024×600, a netbook; 819×460 at 150 % with a raised font): the drawer starts hidden, the texts
get the height, the status bar says how to show it; 1280×800 and up start as before."""

from __future__ import annotations

from readout_viewer.app import fit, geometry
from tests.builders import corpus_folder


def test_a_window_under_the_short_height_starts_with_the_drawer_folded():
    assert fit.short_screen(600) and fit.short_screen(460)
    assert not fit.short_screen(736)  # 1280×800 at 92 %: as before
    assert not fit.short_screen(fit.SHORT_HEIGHT)


def _drawer_shown(window) -> list:
    return [d for d in window.docks.drawer() if not d.isHidden()]


def test_a_1024_by_600_window_gives_the_texts_the_height_and_ctrl_j_shows_the_drawer(qtbot, make_window):
    window = make_window(size=(1024, 600))
    qtbot.waitUntil(lambda: bool(window.docks.mode))
    assert window.docks.drawer() and not _drawer_shown(window)  # findings shown at 1½ rows on the old code
    assert window.statusBar().currentMessage() == geometry.SHORT_NOTE
    assert not window.docks.dock_inspector.isHidden()  # beside the panes (MEDIUM): still at hand
    window.open_folder(corpus_folder())
    qtbot.waitUntil(lambda: window.base is not None and window.settled, timeout=60_000)
    assert not _drawer_shown(window)
    window.toggle_drawer()
    qtbot.waitUntil(lambda: not window.docks.dock_findings.visibleRegion().isEmpty())  # the findings in front


def test_a_compact_short_window_hides_every_dock_below_the_panes(qtbot, make_window):
    window = make_window(size=(819, 460))
    qtbot.waitUntil(lambda: bool(window.docks.mode))
    assert window.docks.mode == fit.COMPACT
    assert window.docks.drawer() and not _drawer_shown(window)  # lists and inspector at 100 px on the old code
    window.toggle_drawer()  # one key gives every dock back
    qtbot.waitUntil(lambda: not window.docks.dock_inspector.visibleRegion().isEmpty())
    assert not window.docks.dock_findings.visibleRegion().isEmpty()


def test_a_window_800_px_tall_starts_with_the_drawer_shown(qtbot, make_window):
    window = make_window(size=(1280, 736))
    qtbot.waitUntil(lambda: bool(window.docks.mode))
    assert _drawer_shown(window)
    assert window.statusBar().currentMessage() != geometry.SHORT_NOTE
