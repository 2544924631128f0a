"""The readers ask the one rule of sentence ends: a line ending "U.S." runs on, a dispatch's lead is cut after '."'."""

from __future__ import annotations

from readout_viewer.core.loading import dispatch, issuer, plaintext
from readout_viewer.core.loading.pdftext import Line, paragraphs


def test_a_pdf_line_ending_in_an_abbreviation_runs_on_across_a_page_break():
    lines = [Line("The sanctions on the banks were first imposed by the U.S.", 80, 10, 72, 1),
             Line("administration in 2018 and widened twice since then.", 720, 10, 72, 2)]
    assert paragraphs(lines) == ["The sanctions on the banks were first imposed by the U.S. administration in 2018 "
                                 "and widened twice since then."]


def test_a_pdf_line_ending_a_sentence_still_closes_its_paragraph_at_a_page_break():
    lines = [Line("The sanctions on the banks were first imposed in 2018.", 80, 10, 72, 1),
             Line("Administration officials widened them twice since then.", 720, 10, 72, 2)]
    assert len(paragraphs(lines)) == 2


def test_a_wrapped_line_ending_in_an_abbreviation_breaks_off_mid_sentence():
    assert plaintext.runs_on("The sanctions on the banks were first imposed by the U.S.", "administration in 2018.")
    assert not plaintext.runs_on("The sanctions on the banks were first imposed in 2018.", "and widened since.")


def test_a_dispatch_lead_is_cut_after_a_quotation_closing_its_sentence():
    lead = dispatch.lead(['Xi Jinping told Biden the talks had been "candid and constructive." The two sides '
                          'agreed to keep in close touch.'], None)
    assert lead == ['Xi Jinping told Biden the talks had been "candid and constructive."',
                    "The two sides agreed to keep in close touch."]


def test_a_dispatch_lead_is_not_cut_after_a_title():
    lead = dispatch.lead(["The call was arranged by Gen. Milley and his Chinese counterpart on Tuesday."], None)
    assert lead == ["The call was arranged by Gen. Milley and his Chinese counterpart on Tuesday."]


def test_an_opening_label_takes_a_sentence_ending_in_a_closing_bracket():
    for end, briefing in [("(as planned.)", True), ("as planned.", True), ("as planned", False)]:
        found = issuer.infer("x", "", f"Yuri Ushakov: The talks lasted an hour, {end}\n\nThe two sides agreed to meet.")
        assert any(c.kind == "briefing" for c in found.cues) == briefing, end
