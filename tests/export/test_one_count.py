"""Seen by helper qa17 and counted by qa19: `readout-viewer analyze` said "82 claims" of the folder whose PDF said
"81 statements", the same settings: the summary counted every claim, the PDF its statements (a question, a line of
procedure or a caption is a claim the engine never compares). Every count now comes from core.labels.statement_counts,
the other passages named apart where they are counted."""

from __future__ import annotations

from dataclasses import replace

from readout_viewer.core import labels, summary
from readout_viewer.core.model import OFFICIAL, QUESTION
from readout_viewer.export import overview, title
from tests.builders import build, doc


def _with_a_question():
    """An official readout of two statements and a question, and an outlet of one statement."""
    a = build("/r", [(doc("e1/us", OFFICIAL, "US", "readout", "Washington"),
                      ["The leaders spoke for two hours.", "Trade was discussed.", "Will they meet again?"]),
                     (doc("e1/paper"), ["The two men spoke for two hours."])])
    claims = tuple(replace(c, kind=QUESTION) if c.id == "e1/us#3" else c for c in a.claims)
    return replace(a, claims=claims)


def test_one_function_counts_statements_and_the_other_passages_apart():
    analysis = _with_a_question()
    assert labels.statement_counts(analysis) == (3, 1)
    assert labels.statement_counts(analysis, ["e1/us"]) == (2, 1)
    assert labels.statements_told(analysis) == ("3 statements (1 other passage, not compared: questions, procedure, "
                                               "captions, page furniture)")
    assert labels.statements_told(analysis, others=False) == "3 statements"


def test_the_summary_and_the_pdf_give_one_count_of_statements():
    analysis = _with_a_question()
    said = summary.render(analysis)
    assert "3 statements (1 other passage, not compared" in said.splitlines()[1]  # old: "4 claims"
    assert " claims" not in said
    assert "e1/us - 2 statements (1 other passage, not compared)" in said  # old: "e1/us - 3 claims"
    assert "· 3 statements ·" in title.at_a_glance(analysis, analysis.documents)


def test_the_counts_table_takes_the_same_count(qapp):
    analysis = _with_a_question()
    from readout_viewer.export.select import Selection
    rows = overview._count_rows(analysis, Selection(("e1",), analysis.documents, {}), ())
    compared = next(row for row in rows if row[0].text == "Statements compared")
    assert [cell.text for cell in compared[1:]] == [str(labels.statement_counts(analysis)[0])]


def test_the_summary_counts_quotations_as_the_findings_and_the_pdf_do():
    """`analyze` said "4 not found" of the Biden–Lula folder whose viewer and PDF said 3 not found and 1 pinned on a
    source the folder lacks (listed under Unsupported): a quotation pinned on such a source is no "not found" row."""
    from readout_viewer.core import findings
    from readout_viewer.core.model import UNSUPPORTED, Attribution, Quote
    analysis = build("/r", [(doc("e1/us", OFFICIAL, "US", "readout", "Washington"), ["The leaders spoke."]),
                            (doc("e1/paper"), ["He said “we will win”, an analyst wrote “it is over”."])])
    text = analysis.document["e1/paper"].text
    win, over = text.index("we will win"), text.index("it is over")
    quotes = (Quote("e1/paper", win, win + 11, "not_found"), Quote("e1/paper", over, over + 10, "not_found"))
    pinned = Attribution("e1/paper", over - 20, over + 11, None, "an analyst", UNSUPPORTED)
    analysis = replace(analysis, quotes=quotes, attributions=(pinned,))
    told = "2 quotations checked: 1 not found, 1 pinned on a source the folder lacks (under Unsupported)"
    assert summary.quotations_told(analysis) == told
    assert told in summary.render(analysis)  # old: "quotes: 2 (2 not found)"
    assert told in title.at_a_glance(analysis, analysis.documents)
    rows = findings.findings(analysis)
    assert sum(1 for f in rows if f.kind == findings.QUOTE_NOT_FOUND) == 1
