"""A small window (1024×700): the docks stay readable, the legend wraps instead of being cut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from readout_viewer.app.legend import Legend

# Pixels of a side dock that show a few words a line.
READABLE_DOCK = 180


def test_docks_keep_a_readable_width_in_a_small_window(qtbot, make_window, tiny):
    window = make_window(size=(1600, 1000))
    window.show_analysis(tiny)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    qtbot.wait(50)
    assert window.docks.sidebar.width() >= READABLE_DOCK and window.docks.inspector.width() >= READABLE_DOCK
    assert all(pane.width() > 0 for pane in window.area.panes)


def test_the_legend_wraps_onto_more_lines_when_narrow_and_shows_every_entry(qtbot):
    legend = Legend()
    qtbot.addWidget(legend)
    wide = legend.layout().heightForWidth(1400)
    narrow = legend.layout().heightForWidth(440)
    assert narrow > wide
    legend.resize(440, narrow)
    legend.show()
    qtbot.waitExposed(legend)
    qtbot.waitUntil(lambda: legend.findChildren(QLabel)[-1].width() > 100)  # laid out
    for label in legend.findChildren(QLabel):
        right = label.mapTo(legend, label.rect().topRight()).x()
        assert right <= legend.width(), label.text()
        assert not label.text().rstrip().endswith("·"), label.text()  # wrapped, a piece left "weak ·" dangling


def test_a_shorter_window_gives_the_bottom_dock_back_to_the_panes(qtbot, make_window, tiny):
    from readout_viewer.app.drawer import BOTTOM_SHARE_MAX
    window = make_window(size=(1600, 1000))
    window.show_analysis(tiny)
    qtbot.waitUntil(lambda: bool(window.docks.mode))
    window.resizeDocks([window.docks.dock_findings], [500], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: window.docks.dock_findings.height() > BOTTOM_SHARE_MAX * 700 + 20)  # more than the share
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.height() == 700)
    qtbot.waitUntil(lambda: window.docks.dock_findings.height() <= BOTTOM_SHARE_MAX * 700)


def test_the_first_window_fits_a_small_screen(qtbot, make_window):
    from PySide6.QtCore import QSize

    from readout_viewer.app.geometry import first_size
    assert first_size(QSize(1366, 740)).width() <= 1366 and first_size(QSize(1366, 740)).height() <= 740
    assert first_size(QSize(3840, 2100)) == QSize(1600, 1000)
    window = make_window(size=None)  # no size remembered: the window picks its own
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()


def test_a_window_remembered_too_short_for_the_screen_opens_at_the_first_size(qtbot, make_window, settings):
    """A geometry saved on another screen came back 853×351 on a 1280×800 one, the panes without a line of text
    (helper qa5): a remembered window under half the screen's height opens as a first start would."""
    from readout_viewer.app.settings import Settings
    window = make_window(size=None)
    available = window.screen().availableGeometry()
    window.resize(available.width() * 2 // 3, int(available.height() * 0.3))
    qtbot.waitUntil(lambda: window.height() < available.height() * 0.45)
    settings.save_window(window.saveGeometry(), window.saveState())
    settings.sync()
    again = make_window(size=None, settings_=Settings(settings.path))
    assert again.height() >= available.height() * 0.5
    assert again.height() <= available.height() and again.width() <= available.width()


def test_a_window_remembered_at_a_usable_size_keeps_it(qtbot, make_window, settings):
    from readout_viewer.app.settings import Settings
    window = make_window(size=None)
    available = window.screen().availableGeometry()
    size = (available.width() * 2 // 3, int(available.height() * 0.7))
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    settings.save_window(window.saveGeometry(), window.saveState())
    settings.sync()
    again = make_window(size=None, settings_=Settings(settings.path))
    assert (again.width(), again.height()) == size
