"""Seen by helper ux8 at 1280×800 on the Biden–Modi call: an altered quotation chosen in the Findings showed the
outlet's whole claim, then the whole quotation again, and the word diff — the evidence — only after three turns of
the wheel. The claim is cut to a line or two above a finding, the quotation is read in its diff only, and the
source is named as in a sentence."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QTextDocument

from readout_viewer.app.inspector.page import claim_html
from readout_viewer.core.model import Omission, Quote, Span
from tests.builders import build, doc

OFFICIAL_WORDS = ("The two leaders reviewed the significant progress in bilateral relations and expressed their "
                  "shared concern over the situation in the region, stressing the restoration of law and order and "
                  "the safety and security of minorities.")
QUOTED = ("The two leaders reviewed significant progress in bilateral relations and expressed shared concern over "
          "the situation in the region, stressing restoration of law and order and safety and security of all "
          "minorities.")


def _altered():
    """A readout and an article whose long claim holds a long altered quotation of it."""
    article = f"In a statement issued late on Monday evening after the call, New Delhi said, “{QUOTED}”"
    analysis = build("/tmp/fold", [(doc("e1/in", "official", "IN", "readout", "Ministry of External Affairs"),
                                    [OFFICIAL_WORDS]),
                                   (doc("e1/paper", source="The Asian Age"), [article])])
    start = analysis.document["e1/paper"].text.index(QUOTED)
    diff = ((0, "The two leaders reviewed "), (-1, "the "), (0, "significant progress in bilateral relations and "
            "expressed "), (-1, "their "), (0, "shared concern over the situation in the region, stressing "
            "restoration of law and order and safety and security of "), (1, "all "), (0, "minorities."))
    quote = Quote("e1/paper", start, start + len(QUOTED), "altered", Span("e1/in", 0, len(OFFICIAL_WORDS)), diff)
    return replace(analysis, quotes=(quote,))


def test_an_altered_quotation_s_word_diff_is_on_screen_at_1280_by_800(qtbot, make_window):
    window = make_window(size=(1280, 800))
    window.show_analysis(_altered())
    window.area.select_claim("e1/paper#1")
    browser = window.inspector.browser
    qtbot.waitUntil(lambda: "altered" in browser.toPlainText())
    found = browser.document().find("“all” added")
    assert not found.isNull()
    assert browser.cursorRect(found).bottom() < browser.viewport().height()  # the reason, on screen
    after = browser.document().find("minorities.", found, QTextDocument.FindFlag(0))
    assert not after.isNull() and browser.cursorRect(after).bottom() < browser.viewport().height()  # the diff too


def test_the_quotation_is_read_in_its_diff_and_its_source_named_as_in_a_sentence():
    page = claim_html(_altered(), "e1/paper#1")
    assert page.count("minorities.") == 1  # once, in the diff (not the claim cut short, nor the quotation again)
    assert "source: Ministry of External Affairs readout" in page
    assert "New Delhi said, “The two leaders" in page and "…" in page  # the claim, cut to a line or two


def test_a_left_out_statement_says_which_outlets_do_carry_it(tiny):
    """The inspector named the documents that leave a statement out; which outlets report it (where the press
    stands on what one side's readout left out) took reading every counterpart below."""
    page = claim_html(tiny, "e1/us#1")  # no omission: nothing said
    assert "Reported by" not in page
    analysis = replace(tiny, omissions=(Omission("e1/us#1", ("e1/ru",)),))
    page = claim_html(analysis, "e1/us#1")
    assert page.index("left out") < page.index("Reported by 1 of 1 outlet: The Paper") < page.index("Counterparts")
