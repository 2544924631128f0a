"""An analyst's note is seen where the claim is read: first in the inspector, and in the claim's tooltip."""

from __future__ import annotations

from dataclasses import replace

from readout_viewer.app.inspector.page import claim_html
from readout_viewer.app.panes.marks import marks_of
from readout_viewer.core.model import Note
from readout_viewer.core.status import statuses


def test_a_note_comes_before_the_links_in_the_inspector(tiny):
    analysis = replace(tiny, notes=(Note("e1/us#1", "Check the tape", author="ann"),))
    page = claim_html(analysis, "e1/us#1")
    assert "Check the tape" in page
    assert page.index("Check the tape") < page.index("Counterparts")


def test_a_note_is_in_the_tooltip_of_its_claim(tiny):
    analysis = replace(tiny, notes=(Note("e1/us#1", "Check the tape"),))
    marks = marks_of("e1/us", analysis, statuses(analysis, "e1/us", ["e1/us", "e1/ru", "e1/paper"]))
    tip = next(m.tip for m in marks if m.start == analysis.claim["e1/us#1"].start and m.background)
    assert "✎ Check the tape" in tip
