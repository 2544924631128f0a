"""Seen by helper qa18 in a grey-scale screenshot (and a deuteranopia simulation) at 1280×800: on the overview strip
beside each pane, a divergence's vermillion mark and an agreement's green one are two greys a step apart (119 and
106), so the strip said where the claims were but not which diverge. A divergence's mark is now hatched, as its
ribbons are; an agreement's stays plain."""

from __future__ import annotations

from PySide6.QtGui import qGray

from readout_viewer.core.status import ClaimStatus


def _greys(strip, claim_id: str) -> set[int]:
    """The grey levels inside a claim's mark on the strip."""
    span = strip.text.claim_span(claim_id)
    scale = strip.height() / strip.text.content_height()
    image = strip.grab().toImage()
    return {qGray(image.pixel(x, y)) for x in range(3, strip.width() - 3)
            for y in range(round(span[0] * scale) + 1, round(span[1] * scale) - 1)}


def test_a_divergence_is_hatched_on_the_strip_and_an_agreement_is_plain(qtbot, make_window, tiny):
    window = make_window(size=(1280, 800))
    window.show_analysis(tiny)
    us = next(p for p in window.area.panes if p.doc_id == "e1/us")
    qtbot.waitUntil(lambda: us.overview.isVisible() and us.text.claim_span("e1/us#2") is not None)
    found = us.statuses["e1/us#2"]
    assert found.status == "diverge"
    us.overview.set_statuses({"e1/us#2": found})  # its mark alone
    diverges = _greys(us.overview, "e1/us#2")
    assert len(diverges) >= 2 and max(diverges) - min(diverges) > 60  # stripes of the ground across the mark
    us.overview.set_statuses({"e1/us#2": ClaimStatus("agree", found.links)})
    assert len(_greys(us.overview, "e1/us#2")) == 1
