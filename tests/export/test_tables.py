"""The PDF's tables, legend and notes: the findings rows, whole statements with links, continued notes, lines apart."""

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QFontMetricsF

from readout_viewer.core import findings as core_findings
from readout_viewer.core.labels import document_labels
from readout_viewer.core.model import Analysis, Claim, Document, Link
from readout_viewer.export import annotate, canvas, textflow
from readout_viewer.export.pdf import export_pdf


def _annots(reader):
    return [a.get_object() for page in reader.pages for a in page.get("/Annots", [])]


def _words(reader, pages=None):
    chosen = reader.pages if pages is None else [reader.pages[i] for i in pages]
    return " ".join(" ".join(p.extract_text() for p in chosen).split())


@pytest.fixture
def tiny_reader(qapp, tiny_analysis, tmp_path):
    out = tmp_path / "tiny.pdf"
    export_pdf(tiny_analysis, out)
    return PdfReader(out)


def test_the_legend_has_every_mark_the_pdf_uses(tiny_reader):
    first = _words(tiny_reader, [0])
    for words in ("agrees", "diverges", "left out by the others", "commentary (not linked)", "exact quote",
                  "altered quote", "quote not found", "misattributed", "unsupported", "analyst"):
        assert words in first, words


def test_findings_tables_show_the_rows_of_core_findings(qapp, corpus_analysis, tmp_path):
    out = tmp_path / "c.pdf"
    export_pdf(corpus_analysis, out)
    reader = PdfReader(out)
    text = _words(reader)
    rows = [f for f in core_findings.findings(corpus_analysis) if f.kind != core_findings.OMISSION]
    assert rows
    for f in rows:
        assert " ".join(" ".join(f.text.split()).split()[:8]) in text, f.text
    counts = core_findings.counts(core_findings.findings(corpus_analysis))
    for kind, n in counts.items():
        assert f"{n} {core_findings.KIND_WORDS[kind].lower()}" in text


def test_the_misattribution_row_holds_the_whole_statement_and_jumps_to_it(tiny_reader, tiny_analysis):
    statement = tiny_analysis.document["ev/paper"].text.split("\n")[0]
    text = _words(tiny_reader)
    assert statement in text
    doc_page = max(i for i, p in enumerate(tiny_reader.pages) if statement in " ".join(p.extract_text().split()))
    page_refs = [p.indirect_reference.idnum for p in tiny_reader.pages]
    findings_page = next(i for i, p in enumerate(tiny_reader.pages) if "Misattributed (1)" in p.extract_text())
    jumps = [a["/Dest"][0].idnum for a in tiny_reader.pages[findings_page].get("/Annots", [])
             if "/Dest" in a.get_object()]
    assert page_refs[doc_page] in jumps


def test_notes_name_documents_by_their_whole_unique_label(qapp, corpus_analysis, tmp_path):
    out = tmp_path / "c.pdf"
    export_pdf(corpus_analysis, out, event="2021-12-07-video-call")
    notes = " ".join(a["/Contents"] for a in _annots(PdfReader(out)) if a["/Subtype"] == "/Highlight")
    labels = document_labels(corpus_analysis.documents)
    long = [v for v in labels.values() if len(v) > 64 and "2021-12-07" in v]
    assert long and any(v in notes for v in long)
    assert len(set(labels.values())) == len(labels)


def test_a_statement_split_over_two_pages_says_its_note_goes_on(qapp, tmp_path):
    long = " ".join(["The leaders agreed on a long statement that runs over many lines."] * 90)  # over a page
    text = "An opening line.\n\n" + long
    start = text.index(long)
    docs = (Document("e/a", "e/a.md", "A", text, role="official", event="e", side="US"),
            Document("e/b", "e/b.md", "B", long, role="official", event="e", side="RU"))
    claims = (Claim("e/a#1", "e/a", start, len(text), long), Claim("e/b#1", "e/b", 0, len(long), long))
    analysis = Analysis("/r", docs, claims, (Link("e/a#1", "e/b#1", "agree", 0.9),))
    out = tmp_path / "x.pdf"
    export_pdf(analysis, out)
    notes = [a for a in _annots(PdfReader(out)) if a["/Subtype"] == "/Highlight" and "#1@" in a["/NM"]
             and a["/NM"].startswith("e/a")]
    assert len(notes) >= 2
    assert "(continues on page" in notes[0]["/Contents"] and "(continued" not in notes[0]["/Contents"]
    assert all(n["/Contents"].startswith("(continued from page") for n in notes[1:])


def test_quote_lines_sit_below_claim_lines_and_above_the_next_line(qapp):
    from readout_viewer.export.fonts import ensure_gui_app, make_fonts, register_family
    ensure_gui_app()
    body = make_fonts(register_family()).body
    m = QFontMetricsF(body)
    # In points, from the top of a line's box: the painted claim line (a wave at its widest) ends here ...
    claim_bottom = m.ascent() + textflow.UNDERLINE_DROP + canvas.WAVE_AMPLITUDE / canvas.PT \
        + textflow.UNDERLINE_WIDTH / 2
    box_bottom = m.ascent() + m.descent()
    quote_top = box_bottom + annotate.UNDERLINE_BELOW - annotate.MARKUP_LINE / 2
    quote_bottom = box_bottom + annotate.UNDERLINE_BELOW + annotate.MARKUP_LINE / 2
    squiggle_top = box_bottom + annotate.SQUIGGLE_TOP - annotate.MARKUP_LINE / 2
    squiggle_bottom = box_bottom + annotate.SQUIGGLE_BOTTOM + annotate.MARKUP_LINE / 2
    next_ink = m.height() * textflow.LINE_SPACING + m.ascent() - m.capHeight()  # top of the next line's capitals
    assert claim_bottom < quote_top < quote_bottom < squiggle_top < squiggle_bottom < next_ink


def test_matrix_column_headers_tell_every_document_apart(corpus_analysis):
    from readout_viewer.core.labels import document_titles
    from readout_viewer.export.overview import HEADER_TITLE_CHARS, _header_label
    for event in corpus_analysis.events:
        docs = corpus_analysis.documents_of(event)
        titles = document_titles(docs, HEADER_TITLE_CHARS)
        headers = [_header_label(d, titles[d.id]) for d in docs]
        assert len(set(headers)) == len(headers), headers


def _composer(buf):
    """A composer on one A4 page, writing into `buf` (kept by the caller while the composer lives)."""
    from PySide6.QtCore import QIODevice

    from readout_viewer.export.fonts import ensure_gui_app, make_fonts, register_family
    ensure_gui_app()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    cx = textflow.Composer(canvas.new_writer(buf, "a4", "t"), make_fonts(register_family()), "a4")
    cx.new_page()
    return cx


def test_a_table_header_never_ends_a_page_without_its_first_row(qapp):
    from PySide6.QtCore import QBuffer

    from readout_viewer.export.tables import Cell, Column, table
    buf = QBuffer()
    cx = _composer(buf)
    cx.y = cx.bottom - 120 * canvas.PT  # room for a header and a few lines, not for the tall first row
    tall = Cell(" ".join(["word"] * 400))
    table(cx, [Column("First", 1.0), Column("Second", 1.0)], [[tall, Cell("x")]], cx.fonts.small,
          cx.fonts.small_bold)
    assert len(cx.pages) == 2
    assert not cx.pages[0].ops  # the header went over with its row


def test_a_heading_before_a_table_goes_over_with_the_tables_first_row(qapp):
    from PySide6.QtCore import QBuffer

    from readout_viewer.export.tables import HEADING_ROOM, Cell, Column, keep_with_heading
    buf = QBuffer()
    cx = _composer(buf)
    columns, rows = [Column("First", 1.0), Column("Second", 1.0)], [[Cell(" ".join(["word"] * 60)), Cell("x")]]
    cx.y = cx.bottom - (HEADING_ROOM + 40) * canvas.PT  # room for a heading and a header, not for the row too
    keep_with_heading(cx, columns, rows, cx.fonts.small, cx.fonts.small_bold)
    assert len(cx.pages) == 2 and cx.y == cx.top
    keep_with_heading(cx, columns, rows, cx.fonts.small, cx.fonts.small_bold)  # at a page's top: stays
    assert len(cx.pages) == 2


def test_a_kind_without_counterparts_has_no_empty_counterpart_column(qapp, corpus_analysis, tmp_path):
    out = tmp_path / "c.pdf"
    export_pdf(corpus_analysis, out)
    reader = PdfReader(out)
    pages = [p for p in reader.pages if "? Not found (" in p.extract_text()]
    assert pages
    heading = " ".join(pages[0].extract_text().split())
    assert "Document Text Why" in heading and "Text — Why" not in heading  # nor a Score column of dashes


def test_a_kind_of_finding_none_of_whose_rows_is_scored_has_no_score_column(tiny_reader):
    """Quotations and attributions are not scored: their tables printed a Score column of dashes."""
    words = _words(tiny_reader)
    diverging = words[words.index("≠ Diverge (1)"):words.index("≈ Altered (1)")]
    altered = words[words.index("≈ Altered (1)"):words.index("? Not found (")]
    assert "Score" in diverging and "0.80" in diverging
    assert "Score" not in altered and "Why" in altered


def test_a_long_source_s_words_stay_whole_in_the_documents_table(qapp, tiny_analysis, tmp_path):
    """Seen by helper qa2 on the Iohannis–Zelenskyy call: the Documents table's Source column broke an agency's
    "Administration's" as "Administration'" / "s" and a handle "(@KlausIohannis" as "(@KlausIohanni" / "s"."""
    import dataclasses

    from pypdf import PdfReader

    from readout_viewer.export.pdf import export_pdf
    long = "AGERPRES, Romania's national news agency (the Romanian Presidential Administration's account of the call)"
    docs = tuple(dataclasses.replace(d, source=long) if d.id == "ev/ru-readout" else d
                 for d in tiny_analysis.documents)
    out = tmp_path / "sources.pdf"
    export_pdf(dataclasses.replace(tiny_analysis, documents=docs), out)
    reader = PdfReader(out)
    page = next(p.extract_text() for p in reader.pages if "Title and address" in p.extract_text())
    words = page.split()
    assert "Administration's" in words and "Administration'" not in words
