"""Seen by helper ux8 in the dark theme: a left-out statement chosen in the Compare list was drawn in the theme's
light words on the stronger sky blue of a selection, 3.7:1 (a misattribution's yellow 2.4:1); text needs 4.5. The
selected claim's words take black or white, whichever reads, in light and dark."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QTextCharFormat, QTextFormat

from readout_viewer import palette
from readout_viewer.app import theme
from readout_viewer.app.panes import claimtext
from readout_viewer.core.model import MISATTRIBUTED, Attribution

TEXT_CONTRAST = 4.5


def _selected_contrast(pane) -> float:
    selection = pane.text.extraSelections()[-1]
    chosen = QTextCharFormat(selection.format)  # a copy: the selection's own is gone with it
    tint = chosen.background().color()
    shown = palette.mixed(tint.name(), pane.text.palette().base().color().name(), tint.alphaF())
    ink = chosen.foreground().color().name() if chosen.hasProperty(QTextFormat.Property.ForegroundBrush) \
        else pane.text.palette().text().color().name()
    return palette.contrast(shown, ink)


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK])
def test_a_selected_left_out_or_misattributed_claim_reads(qtbot, make_window, tiny, look, restore_look):
    analysis = replace(tiny, attributions=(Attribution("e1/paper", 0, 20, "e1/us", "officials", MISATTRIBUTED,
                                                       "e1/ru", 0.8),))
    window = make_window()
    window.set_theme(look)
    window.show_analysis(analysis)
    window.area.show_documents(["e1/us", "e1/paper"])
    us, paper = (next(p for p in window.area.panes if p.doc_id == d) for d in ("e1/us", "e1/paper"))
    qtbot.waitUntil(lambda: claimtext.is_dark(us.text) == (look == theme.DARK))
    window.area.select_claim("e1/us#3")  # left out by the others: sky blue
    qtbot.waitUntil(lambda: bool(us.text.extraSelections()))
    assert _selected_contrast(us) >= TEXT_CONTRAST
    window.area.select_claim("e1/paper#1")  # misattributed: yellow
    qtbot.waitUntil(lambda: bool(paper.text.extraSelections()))
    assert _selected_contrast(paper) >= TEXT_CONTRAST
