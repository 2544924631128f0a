"""Seen by helper qa10, correcting by keyboard alone in the dark theme (Alt+Down / Alt+Right, then Ctrl+Return): the
selected claim was told from its neighbours by 1.3:1 (its status hue at 0.62 against the status tint's 0.45), a
hovered one not at all (0.45 on 0.45), a claim without status by a grey 1.7:1 off the base. In the dark theme the
selected claim takes its full hue, the hovered one 0.75, a claim without status a stronger grey."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from readout_viewer import palette
from readout_viewer.app import theme
from readout_viewer.app.panes import claimtext

SELECTED_APART = 2.0  # the selected claim's tint against its status tint (was 1.33 for agree)
HOVERED_APART = 1.3  # a hovered claim's against its status tint (was 1.0)
NEUTRAL_APART = 2.5  # a selected claim without status against the base (was 1.66)


def _shown(pane, colour) -> str:
    return palette.mixed(colour.name(), pane.text.palette().base().color().name(), colour.alphaF())


def _emphasis(pane) -> str:
    selection = pane.text.extraSelections()[-1]
    chosen = QTextCharFormat(selection.format)  # a copy: the selection's own is gone with it
    return _shown(pane, chosen.background().color())


def test_the_selected_and_hovered_claim_stand_out_in_the_dark(qtbot, make_window, tiny, restore_look):
    window = make_window()
    window.set_theme(theme.DARK)
    window.show_analysis(tiny)
    window.area.show_documents(["e1/us", "e1/paper"])
    us = next(p for p in window.area.panes if p.doc_id == "e1/us")
    qtbot.waitUntil(lambda: claimtext.is_dark(us.text) and "e1/us#3" in us.text._tinted)
    kind = us.text._tinted["e1/us#3"]
    status = _shown(us, claimtext.status_format(kind, True, True).background().color())
    window.area.select_claim("e1/us#3")
    qtbot.waitUntil(lambda: bool(us.text.extraSelections()))
    assert palette.contrast(_emphasis(us), status) >= SELECTED_APART
    us.text.set_emphasis(None, "e1/us#3")  # what a hovered ribbon does to its claim
    qtbot.waitUntil(lambda: bool(us.text.extraSelections()))
    assert palette.contrast(_emphasis(us), status) >= HOVERED_APART
    plain = next((c for c in us.text._claim_at if c not in us.text._tinted), None)
    if plain is not None:
        us.text.set_emphasis(plain, None)
        qtbot.waitUntil(lambda: bool(us.text.extraSelections()))
        assert palette.contrast(_emphasis(us), us.text.palette().base().color().name()) >= NEUTRAL_APART
