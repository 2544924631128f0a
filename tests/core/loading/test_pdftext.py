"""PDF articles: paragraphs rebuilt from the page, metadata as front matter, scans and broken files named."""

from __future__ import annotations

import pytest

from readout_viewer.core import loading
from readout_viewer.core.loading import pdftext
from tests.core.loading.pdfs import column, make_pdf

ARTICLE = [
    (72, 740, 20, "Leaders talk for two hours"),
    (72, 715, 9, "By Jane Roe"),
    *column(["The two presidents spoke by video on Tuesday and agreed that their", "teams would meet again in "
             "January.", "Biden warned of strong economic measures if Russia", "invaded Ukraine."],
            top=690, gaps={2: 8}),
]


def test_lines_of_a_paragraph_are_joined_and_headline_and_byline_stand_apart():
    text = pdftext.extract(make_pdf([ARTICLE])).text
    assert text.split("\n\n") == [
        "Leaders talk for two hours", "By Jane Roe",
        "The two presidents spoke by video on Tuesday and agreed that their teams would meet again in January.",
        "Biden warned of strong economic measures if Russia invaded Ukraine.\n"]


def test_a_sentence_runs_on_across_a_page_break_and_page_numbers_go():
    first = column(["The talks covered arms control and the", "situation in"]) + [(300, 40, 9, "1")]
    second = column(["eastern Ukraine, the readout said."]) + [(300, 40, 9, "2")]
    text = pdftext.extract(make_pdf([first, second])).text
    assert text == "The talks covered arms control and the situation in eastern Ukraine, the readout said.\n"


def test_running_headers_are_dropped():
    bodies = [["Talks began at noon.", "They ended at two."], ["Both sides spoke of progress.", "Nobody signed."],
              ["Aides will meet in Geneva.", "A date is not set."]]
    pages = [[(72, 760, 8, f"The Daily Planet - page {n}")] + column(body) for n, body in enumerate(bodies, 1)]
    text = pdftext.extract(make_pdf(pages)).text
    assert "Daily Planet" not in text and "Talks began at noon." in text and "A date is not set." in text


def test_title_author_and_front_matter_keys_come_from_the_document_information():
    info = {"Title": "Microsoft Word - Leaders talk", "Author": "Jane Roe", "Source": "The Paper",
            "Producer": "Word", "CreationDate": "D:20260101000000Z"}
    meta = pdftext.extract(make_pdf([ARTICLE], info)).meta
    assert meta == {"title": "Leaders talk", "author": "Jane Roe", "source": "The Paper"}


def test_a_pdf_without_text_says_it_may_be_a_scan():
    with pytest.raises(pdftext.NoTextLayer, match="no text layer.*OCR"):
        pdftext.extract(make_pdf([[]]))


def test_in_a_folder_the_pdf_is_a_document_and_a_scan_a_named_problem(tmp_path):
    (tmp_path / "ev").mkdir()
    (tmp_path / "ev" / "paper.pdf").write_bytes(make_pdf([ARTICLE], {"Title": "Leaders talk"}))
    (tmp_path / "ev" / "scan.pdf").write_bytes(make_pdf([[]]))
    from readout_viewer.core.analysis import analyze
    analysis = analyze(tmp_path)
    doc = analysis.document["ev/paper"]
    assert doc.title == "Leaders talk" and doc.author is None and doc.event == "ev"
    assert "teams would meet again in January." in doc.text
    assert [c for c in analysis.claims if c.doc == "ev/paper"]
    scan = next(p for p in analysis.problems if p.path == "ev/scan.pdf")
    assert "no text layer" in scan.message and "it was skipped" in scan.message


def test_a_password_protected_pdf_is_named(tmp_path):
    import io

    import pypdf
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(make_pdf([ARTICLE])))
    writer.encrypt("secret", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    (tmp_path / "locked.pdf").write_bytes(buf.getvalue())
    settings = loading.scan(tmp_path).settings
    assert "password" in loading.load(tmp_path, "locked.pdf", settings).problems[0].message


def test_a_word_broken_at_a_soft_hyphen_is_whole_again():
    lines = column(["The talks covered nego\u00adti\u00ad", "ations on arms control."])
    assert pdftext.extract(make_pdf([lines])).text == "The talks covered negotiations on arms control.\n"
