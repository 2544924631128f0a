"""Seen at 1280×800 (helper ux5): the inspector of a claim with an altered quotation opened on a supported
attribution, its diff struck the source's words under a legend saying struck = "only in this claim", and a
misattribution never quoted the words it pinned on a source."""

from __future__ import annotations

import re
from dataclasses import replace

from readout_viewer.app.inspector.page import claim_html
from readout_viewer.core.model import MISATTRIBUTED, SUPPORTED, Attribution


def _inspect(qtbot, make_window, analysis, claim_id: str) -> str:
    window = make_window(size=(1280, 800))
    window.show_analysis(analysis)
    window.area.show_documents(["e1/us", "e1/paper"])
    window.area.select_claim(claim_id)
    qtbot.waitUntil(lambda: "Counterparts" in window.inspector.html() or "No counterpart" in window.inspector.html())
    return window.inspector.html()


def _titled(page: str, words: str) -> str:
    """The tooltip of the span that holds `words` in the inspector's HTML."""
    found = re.search(r'title="([^"]*)"[^>]*>' + re.escape(words) + "<", page)
    return found.group(1) if found else ""


def test_an_altered_quotation_comes_before_a_supported_attribution_and_reads_the_legends_way(qtbot, make_window,
                                                                                                tiny):
    paper = tiny.document["e1/paper"].text
    said = paper.index("A reporter")
    analysis = replace(tiny, attributions=(Attribution("e1/paper", said, len(paper), "e1/us", "a reporter",
                                                       SUPPORTED, score=0.9),))
    page = _inspect(qtbot, make_window, analysis, "e1/paper#2")
    assert page.index("Quotations") < page.index("Attributions")
    assert "“again” became “soon”" in page
    built = claim_html(analysis, "e1/paper#2")  # the page as built: the browser keeps no tooltips in toHtml()
    assert _titled(built, "soon") == "only in this claim"  # the quotation's own word, struck as the legend says
    assert _titled(built, "again") == "only in the counterpart"


def test_a_misattribution_quotes_the_words_it_pins_on_a_source(qtbot, make_window, tiny):
    analysis = replace(tiny, attributions=(Attribution("e1/paper", 0, 20, "e1/us", "officials", MISATTRIBUTED,
                                                       "e1/ru", 0.8, "only Moscow says it"),))
    page = _inspect(qtbot, make_window, analysis, "e1/paper#1")
    assert "“The two men spoke fo” attributed to “officials”" in page


def test_a_misattribution_names_the_texts_as_in_a_sentence(qtbot, make_window, tiny):
    """Their full labels ("The White House: Statement by Press Secretary Jen Psaki on President Biden’s Phone Call
    with …", twice) made the answer eight lines of the inspector at 1280×800."""
    analysis = replace(tiny, attributions=(Attribution("e1/paper", 0, 20, "e1/us", "officials", MISATTRIBUTED,
                                                       "e1/ru", 0.8, "only Moscow says it"),))
    window = make_window(size=(1280, 800))
    window.show_analysis(analysis)
    window.area.select_claim("e1/paper#1")
    qtbot.waitUntil(lambda: "misattributed" in window.inspector.browser.toPlainText())
    text = " ".join(window.inspector.browser.toPlainText().split())
    assert "attributed to “officials” (Washington readout); it is in Moscow readout · score 0.80" in text
