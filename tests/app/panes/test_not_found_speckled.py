"""Seen by helper qa18 and on a screenshot by qa19 (corpus/, bne IntelliNews): a quotation the check did not find in
the official wording was underlined with the dotted line of an official claim the other side left out, and in grey
its orange is the left-out sky blue's twin. A quotation not found is now speckled besides its line (app.painting's
speckle, over the tint of the claim beneath), in the panes and in the legend's sample alike."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor

from readout_viewer import palette
from readout_viewer.app import painting
from readout_viewer.app.legend import Swatch
from readout_viewer.core.model import Quote

WORDS = "spoke for two hours"


def _not_found_in_an_agreeing_claim(tiny):
    """tiny, its outlet's first claim (agreeing with the US readout) quoting words no official text carries."""
    text = tiny.document["e1/paper"].text
    start = text.index(WORDS)
    return replace(tiny, quotes=(Quote("e1/paper", start, start + len(WORDS), "not_found"),))


def _brush_at(pane, offset: int):
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(pane.text._index.to_qt(offset) + 1)
    return cursor.charFormat().background()


def test_a_quotation_not_found_is_speckled_over_its_claim_s_tint(qtbot, make_window, tiny):
    analysis = _not_found_in_an_agreeing_claim(tiny)
    window = make_window()
    window.show_analysis(analysis)
    qtbot.waitUntil(lambda: {"e1/us", "e1/paper"} <= {p.doc_id for p in window.area.panes})
    panes = {p.doc_id: p for p in window.area.panes}
    paper, us = panes["e1/paper"], panes["e1/us"]
    quote = analysis.quotes[0]
    qtbot.waitUntil(lambda: _brush_at(paper, quote.start).style() == Qt.BrushStyle.TexturePattern)  # old: solid tint
    left_out = analysis.claim["e1/us#3"]
    assert _brush_at(us, left_out.start).style() == Qt.BrushStyle.SolidPattern  # a left-out claim: a flat tint
    claim = analysis.claim["e1/paper#1"]
    tint = _brush_at(paper, claim.start).color()  # the agreeing claim's tint, before the quotation
    tile = _brush_at(paper, quote.start).texture().toImage()
    gap = tile.pixelColor(1, painting.SPECKLE_TILE // 4 * 3)  # between the dots: the claim's tint shows through
    assert (gap.red(), gap.green(), gap.blue(), gap.alpha()) == (tint.red(), tint.green(), tint.blue(), tint.alpha())
    dot = tile.pixelColor(0, 0)
    assert dot.red() > dot.blue()  # an orange dot


def test_the_speckle_differs_from_a_flat_tint_in_grey(qapp):
    white = QColor("#ffffff")
    tile = painting.speckle(white, QColor(palette.COLOR["not_found"])).texture().toImage()
    greys = {tile.pixelColor(x, y).lightness() for x in range(tile.width()) for y in range(tile.height())}
    assert max(greys) - min(greys) >= 40, greys  # dots that read in grey, not one flat grey


def test_the_legend_draws_the_speckle_for_not_found_only(qtbot):
    samples = {}
    for kind, tinted in (("not_found", False), ("omitted", True), ("altered", False)):
        swatch = Swatch(kind, tinted)
        qtbot.addWidget(swatch)
        image = swatch.grab().toImage()
        samples[kind] = {image.pixelColor(x, y).lightness() for x in range(image.width()) for y in range(2, 8)}
    assert len(samples["not_found"]) > 1  # old: the row above its line was blank, one grey
    assert len(samples["omitted"]) == 1 and len(samples["altered"]) == 1
