"""Seen by helper ux8: the Compare list's "Reported by" line was drawn in its statement's colour (a list item has
one), so it read as part of the statement. It is muted now, and still reads at 4.5:1 in light and dark, selected or
not, on either colour of the list's alternating rows."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from readout_viewer import palette
from readout_viewer.app import theme
from tests.app.test_compare_press import _call

TEXT_CONTRAST = 4.5


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK])
def test_the_press_line_is_muted_and_reads(qtbot, make_window, look, restore_look):
    window = make_window()
    window.set_theme(look)
    window.show_analysis(_call())
    panel = window.docks.compare
    panel.choose("e1/us", "e1/ru")
    lst = panel.only_a
    assert "\nReported by" in lst.item(0).text().replace("      ", "")
    rows = lst.itemDelegate()
    option = QStyleOptionViewItem()
    option.palette = lst.palette()
    pal = lst.palette()
    statement, press = rows.inks(option)
    assert statement == pal.color(QPalette.ColorRole.Text).name() and press != statement
    for ground in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        assert palette.contrast(press, pal.color(ground).name()) >= TEXT_CONTRAST
    option.state |= QStyle.StateFlag.State_Selected
    statement, press = rows.inks(option)  # selected: muted only as far as the highlight leaves room
    chosen = pal.color(QPalette.ColorRole.Highlight).name()
    assert palette.contrast(press, chosen) >= min(TEXT_CONTRAST, palette.contrast(statement, chosen))
    assert lst.sizeHintForRow(0) > lst.fontMetrics().lineSpacing() * 1.8  # the statement and its press line
