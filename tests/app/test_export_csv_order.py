"""The findings CSV saved beside an exported PDF lists left-out statements in the order every other view gives them."""

from readout_viewer.app.export_action import Choices, csv_path, run_export
from readout_viewer.core import compare, findings


def test_the_csv_beside_a_pdf_lists_left_out_statements_the_most_reported_first(qtbot, tmp_path, corpus_analysis):
    # It was written in text order while the drawer, its own CSV, Compare, the PDF and `findings --csv` give the most
    # reported first (core.compare.press_first).
    out = tmp_path / "corpus.pdf"
    assert run_export(None, corpus_analysis, out, Choices(findings_csv=True)) is None
    press = compare.press_first(corpus_analysis, findings.findings(corpus_analysis))
    assert press != findings.findings(corpus_analysis)
    assert csv_path(out).read_text(encoding="utf-8") == findings.to_csv(corpus_analysis, press)
