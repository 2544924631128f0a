"""The documents' names at 1920×1080: the Documents dock is as wide as its names want (within fit.NAMES_MAX), so a
reader tells them apart, and the panes and the inspector keep their room."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle

from readout_viewer.app import fit
from readout_viewer.app.panes.pane import PANE_MIN_WIDTH
from readout_viewer.app.sidebar import two_lines


def _shown(sidebar) -> list[tuple[str, str, str]]:
    """Each document's lines as the sidebar draws them at its width now, with its title whole."""
    metrics = QFontMetrics(sidebar.font())
    check = sidebar.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    out = []
    for item in sidebar._items():
        head, title = two_lines(item.text(0), metrics, sidebar.visualItemRect(item).width() - check - 12)
        out.append((head, title, item.text(0).split("\n")[1]))
    return out


def _two_panes(qtbot, window) -> None:
    qtbot.waitUntil(lambda: len(window.area.panes) == 3)
    window.area.show_documents(window.area.shown()[:2])
    qtbot.waitUntil(lambda: len(window.area.panes) == 2)


def test_on_a_wide_screen_names_read_apart_and_the_panes_keep_their_room(qtbot, make_window, corpus_analysis):
    window = make_window(size=(1920, 1080))
    window.show_analysis(corpus_analysis)
    sidebar = window.docks.sidebar
    _two_panes(qtbot, window)  # three panes at 1920 px take the room: the documents are a tab (test_wide_screen)
    qtbot.waitUntil(lambda: window.docks.mode == fit.WIDE and sidebar.topLevelItemCount() > 0)
    # the corpus's titles are long (up to 860 px): the dock takes the cap (it was 380 px, at most 290 for a line)
    qtbot.waitUntil(lambda: window.docks.dock_sidebar.width() >= 470)  # fit.NAMES_MAX, 480, less a frame
    shown = _shown(sidebar)
    assert all("…" not in head for head, _, _ in shown)  # who and when, whole
    cut = [(title, whole) for _, title, whole in shown if title != whole]
    assert len({(head, title) for head, title, _ in shown}) == len(shown)  # no two documents read alike
    assert all(whole.startswith(t.split("…")[0]) and whole.endswith(t.split("…")[1]) for t, whole in cut)
    assert all(p.width() >= PANE_MIN_WIDTH for p in window.area.panes)
    assert window.docks.dock_inspector.width() >= fit.SIDE_WIDTH - 10
    assert window.size().width() == 1920


def test_the_documents_dock_widens_for_its_names_only_from_spare_room():
    assert fit.side_widths(824, 0) == (380, 380)  # 1920 px, three panes, no names yet: as before
    assert fit.side_widths(824, 900) == (fit.NAMES_MAX, 824 - fit.NAMES_MAX)  # capped; the inspector has the rest
    assert fit.side_widths(520, 900) == (520 - fit.SIDE_WIDTH, fit.SIDE_WIDTH)  # never the inspector's minimum
    assert fit.side_widths(824, 300) == (380, 380)  # short names keep the even share


def test_a_window_made_wider_gives_the_names_their_room(qtbot, make_window, corpus_analysis):
    """A window opened at 1600 px and maximized to 1920 px (two panes: the arrangement stays WIDE) widens the names
    too."""
    window = make_window(size=(1600, 1000))
    window.show_analysis(corpus_analysis)
    _two_panes(qtbot, window)
    qtbot.waitUntil(lambda: window.docks.mode == fit.WIDE)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.docks.dock_sidebar.width() >= 470)  # fit.NAMES_MAX, 480, less a frame
    assert all(p.width() >= PANE_MIN_WIDTH for p in window.area.panes)
