"""A short screen (819×460 logical: 1536×864 at 150 % with a raised font) with the drawer shown: every correction
of the inspector whole, the legend in two lines; 1280×800 and up as before (helper qa16)."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

from readout_viewer.app import fit
from readout_viewer.app.legend import AGAINST_HEAD, COMPACT_HEAD
from tests.builders import corpus_folder


def test_a_window_under_the_short_height_shows_the_compact_legend():
    assert fit.short_screen(460) and fit.short_screen(600)
    assert not fit.short_screen(736)  # 1280×800 at 92 %: as before
    assert not fit.short_screen(fit.SHORT_HEIGHT)


def _lines(legend) -> int:
    return round((legend.heightForWidth(legend.width()) - 4) / legend.against.sizeHint().height())


def test_the_legend_of_a_short_window_takes_two_lines_and_keeps_the_ribbons_words_in_its_tooltip(
        qtbot, make_window, tiny):
    window = make_window(size=(819, 460))
    window.show_analysis(tiny)
    legend = window.legend
    qtbot.waitUntil(lambda: legend.width() > 800 and "Moscow" in legend.against.text())
    assert legend.against.text().startswith(f"<b>{COMPACT_HEAD}</b>")
    assert _lines(legend) <= 2  # four on the old code: two of them the ribbons'
    assert not any(label.isVisible() for label in legend.ribbons)
    assert "hatched = diverges" in legend.against.toolTip() and "bold = confirmed" in legend.against.toolTip()
    window.resize(1280, 736)  # made taller: the whole legend again
    qtbot.waitUntil(lambda: all(label.isVisible() for label in legend.ribbons))
    assert legend.against.text().startswith(f"<b>{AGAINST_HEAD}</b>")
    assert "hatched" not in legend.against.toolTip()


def test_every_correction_is_whole_in_a_short_window_with_the_drawer_shown(qtbot, make_window):
    window = make_window(size=(819, 460))
    qtbot.waitUntil(lambda: bool(window.docks.mode))
    window.open_folder(corpus_folder())  # the corrections come with a folder
    qtbot.waitUntil(lambda: window.base is not None and window.settled, timeout=60_000)
    window.toggle_drawer()  # Ctrl+J: a short screen starts with it hidden
    inspector = window.docks.inspector
    qtbot.waitUntil(lambda: not window.docks.dock_inspector.visibleRegion().isEmpty())
    bar = inspector.actions_bar

    def buttons() -> list[QToolButton]:
        return [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    qtbot.waitUntil(lambda: len(buttons()) >= 9 and bar.y() + bar.height() < inspector.browser.y())  # Confirm … Redo
    assert bar.height() >= bar.heightForWidth(bar.width())  # the third row cut in half on the old code
    assert all(b.geometry().bottom() < bar.height() for b in buttons())
    assert inspector.browser.height() >= fit.page_min_height(inspector.browser.fontMetrics().lineSpacing())
