"""The findings list: one row per divergence, omission, quote and attribution finding, and its CSV."""

import csv
import io
from dataclasses import replace

import pytest

from readout_viewer.core import findings
from readout_viewer.core.model import CAPTION, MISATTRIBUTED, Attribution, Unreported
from readout_viewer.core.quotes.changes import quote_changes


def test_every_kind_of_finding_is_a_row(tiny):
    rows = findings.findings(tiny)
    kinds = [f.kind for f in rows]
    assert kinds == [findings.DIVERGENCE, findings.OMISSION, findings.OMISSION, findings.ALTERED_QUOTE]
    divergence = rows[0]
    assert (divergence.doc, divergence.other_doc) == ("e1/ru", "e1/us")
    assert "negation" in divergence.reason and divergence.score == 0.7
    assert "again" in rows[3].reason and "soon" in rows[3].reason


def test_a_weak_divergence_is_hidden_by_the_score_floor(tiny):
    assert findings.counts(findings.findings(tiny, min_score=0.8))[findings.DIVERGENCE] == 0
    assert findings.counts(findings.findings(tiny, min_score=0.5))[findings.DIVERGENCE] == 1


def test_a_non_statement_is_never_an_omission(tiny):
    claims = tuple(replace(c, kind=CAPTION) if c.id == "e1/us#3" else c for c in tiny.claims)
    rows = findings.findings(replace(tiny, claims=claims))
    assert [f.claim for f in rows if f.kind == findings.OMISSION] == ["e1/us#2"]


def test_attributions_and_unreported_reports_are_rows(tiny):
    text = tiny.document["e1/paper"].text
    at = text.index("The two men")
    analysis = replace(tiny, attributions=(Attribution("e1/paper", at, at + 20, "e1/us", "officials", MISATTRIBUTED,
                                                       "e1/ru", 0.9, "only the Russian readout says it"),),
                       unreported=(Unreported("e1/paper#2", "a report of the call that no readout carries", 0.6),))
    rows = findings.findings(analysis)
    mis = next(f for f in rows if f.kind == findings.MISATTRIBUTION)
    assert mis.reason == "only the Russian readout says it" and mis.cited == "officials" and mis.other_doc == "e1/ru"
    assert [f.claim for f in rows if f.kind == findings.NOT_IN_READOUT] == ["e1/paper#2"]


def test_csv_has_a_header_and_one_row_a_finding(tiny):
    rows = findings.findings(tiny)
    as_read = findings.to_csv(tiny, rows).encode("utf-8").decode("utf-8-sig")  # a file opened as Python reads CSV
    table = list(csv.reader(io.StringIO(as_read)))
    assert tuple(table[0]) == findings.COLUMNS
    assert len(table) == len(rows) + 1
    assert table[1][0] == "divergence" and table[1][8] == "0.70"


def test_render_counts_every_kind(tiny):
    text = findings.render(tiny, findings.findings(tiny))
    assert text.startswith("Findings: Diverge 1 \u00b7 Left out 2 \u00b7 Altered 1")  # the viewer's words, not "2 omission"
    assert "LEFT OUT (2)" in text


def test_an_omission_is_shown_against_the_official_text_that_leaves_it_out_first(tiny):
    from readout_viewer.core.model import Omission
    analysis = replace(tiny, omissions=(Omission("e1/us#3", ("e1/paper", "e1/ru")),))
    [row] = [f for f in findings.findings(analysis) if f.kind == findings.OMISSION]
    assert row.other_doc == "e1/ru"
    assert row.other_text.startswith("Moscow \u2014 Title of e1/ru (2020-01-01);")


def test_a_divergence_and_a_quote_say_where_their_counterpart_is(tiny):
    rows = findings.findings(tiny)
    divergence = rows[0]
    assert (divergence.other_start, divergence.other_end) == (tiny.claim["e1/us#2"].start, tiny.claim["e1/us#2"].end)


def test_a_misattribution_points_at_the_statement_that_does_carry_the_words(tiny):
    text = tiny.document["e1/paper"].text
    at = text.index("The two men")
    analysis = replace(tiny, attributions=(Attribution("e1/paper", at, text.index(",", at), "e1/us", "officials",
                                                       MISATTRIBUTED, "e1/ru", 0.9),))
    [row] = [f for f in findings.findings(analysis) if f.kind == findings.MISATTRIBUTION]
    assert row.other_claim == "e1/ru#1"  # "The presidents talked for two hours."
    assert findings.counterpart_of(analysis, row) == "e1/ru#1"
    assert row.other_text == tiny.claim["e1/ru#1"].text


def test_documents_are_named_by_their_unique_labels_as_in_the_pdf(tiny):
    rows = findings.to_csv(tiny, findings.findings(tiny))
    assert "Washington \u2014 Title of e1/us (2020-01-01)" in rows and "Washington: " not in rows


def test_a_quotation_pinned_on_a_source_not_in_the_folder_is_listed_once_as_that_attribution(tiny):
    from readout_viewer.core.model import NOT_FOUND, UNSUPPORTED, Quote
    text = tiny.document["e1/paper"].text
    at = text.index("they agreed to meet soon")
    quote = Quote("e1/paper", at, at + len("they agreed to meet soon"), NOT_FOUND)
    analyst = Attribution("e1/paper", 0, len(text), None, "an analyst", UNSUPPORTED, None, None,
                          "the source is not in the folder")
    rows = findings.findings(replace(tiny, quotes=(quote,), attributions=(analyst,)))
    # the attribution's row says the source is not in the folder; "not found" would say nothing more
    assert [f.kind for f in rows if f.doc == "e1/paper"] == [findings.UNSUPPORTED_STATEMENT]
    # pinned on a text of the folder, the same quotation is a quotation not found
    official = replace(analyst, cited="e1/us", cited_as="the White House", detail=None)
    rows = findings.findings(replace(tiny, quotes=(quote,), attributions=(official,)))
    assert findings.QUOTE_NOT_FOUND in [f.kind for f in rows]


def test_a_word_that_only_moved_is_one_change():
    # source "spoke today with President Ruto" → quotation "today spoke with President Ruto": one word moved
    diff = [(1, "today "), (0, "spoke "), (-1, "today "), (0, "with President Ruto")]
    assert quote_changes(diff) == ["“today” moved"]
    assert quote_changes([(-1, "over"), (1, "for"), (0, "a week"), (1, "peace")]) == \
        ["“over” became “for”", "“peace” added"]


def test_the_csv_opens_with_a_byte_order_mark_so_a_spreadsheet_reads_it_as_utf8(tiny):
    """Excel opens a CSV without the mark in the system's code page: "Biden’s" showed "Bidenâ€™s" (helper qa17)."""
    data = findings.to_csv(tiny, findings.findings(tiny)).encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbftype,document,")
    assert data.count(b"\xef\xbb\xbf") == 1


@pytest.mark.parametrize("opening", ["=HYPERLINK(\"http://x\")", "+7 495 000", "-Brazilian officials", "@SUM(A1)",
                                     "\tcmd"])
def test_a_cell_that_opens_like_a_formula_is_written_as_text(tiny, opening):
    """An outlet's words that open with =, +, -, @ or a tab would run as a formula in a spreadsheet (CSV injection):
    an apostrophe before them makes the cell text; the words themselves stay whole."""
    from readout_viewer.core.findings import Finding
    row = Finding(findings.UNSUPPORTED_STATEMENT, "e1/paper", 0, 5, opening + " said it", cited=opening,
                  verdict="unsupported", reason="-1 the source is not in the folder")
    as_read = findings.to_csv(tiny, [row]).encode("utf-8").decode("utf-8-sig")
    [cells] = list(csv.reader(io.StringIO(as_read)))[1:]
    assert cells[5] == "'" + opening and cells[7] == "'-1 the source is not in the folder"
    if not opening.startswith("\t"):  # the text's spaces are folded: its tab goes
        assert cells[2] == "'" + opening + " said it"
    assert cells[0] == "unsupported" and cells[9] == "0"  # identifiers and numbers untouched
