"""The PDF as an editor without the app reads it: every note and pointer agrees with the tables (helper qa17)."""

import dataclasses

import pytest
from pypdf import PdfReader

from readout_viewer.core.model import NOT_FOUND, UNSUPPORTED, Attribution, Quote
from readout_viewer.export.pdf import export_pdf
from tests.export.conftest import NEWS, NEWS_TEXT, RU


@pytest.fixture
def unheld(tiny_analysis):
    """The article's second sentence pinned on an analyst the folder does not hold, its quotation found nowhere."""
    at = NEWS_TEXT.index("They promised")
    quote_start = NEWS_TEXT.index("“") + 1
    return dataclasses.replace(
        tiny_analysis,
        quotes=(Quote(NEWS, quote_start, NEWS_TEXT.index("”"), NOT_FOUND),),
        attributions=(Attribution(NEWS, at, len(NEWS_TEXT), None, "Adrienne Watson", UNSUPPORTED, None, None,
                                  "the source is not in the folder"),))


def _notes(path) -> list[str]:
    return [str(a.get_object().get("/Contents", "")) for page in PdfReader(path).pages
            for a in page.get("/Annots", []) or []]


def test_a_quotation_listed_under_unsupported_says_so_in_its_note(unheld, tmp_path, qapp):
    """The Lula–Biden call's PDF underlined 15 quotations "? Quote not found in any document of the folder" where
    its title page and tables count 13 not found and 2 pinned on a source the folder lacks (under Unsupported):
    the two notes now say where they are counted."""
    out = tmp_path / "unheld.pdf"
    export_pdf(unheld, out, event="ev")
    [note] = [n for n in _notes(out) if n.startswith("? Quote not found")]
    assert "pinned on “Adrienne Watson”, whose words the folder does not hold (under Findings, Unsupported)" in note
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Not found (0)" in text and "Unsupported (1)" in text


def test_an_attribution_to_a_source_not_held_is_not_said_to_be_a_text_that_lacks_it(unheld, tmp_path, qapp):
    """"Unsupported: pinned on Watson (“Watson”), which does not carry it" spoke of a text of Watson's that the
    folder would hold; the note now says what the table's Why says: the source is not in the folder."""
    out = tmp_path / "unheld.pdf"
    export_pdf(unheld, out, event="ev")
    [note] = [n for n in _notes(out) if n.startswith("! Unsupported")]
    assert note == "! Unsupported: pinned on “Adrienne Watson”: the source is not in the folder."


def _left_out_paragraph(path) -> str:
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    start = text.index("official statements are left out by some documents")
    return text[start:start + 420]


def test_left_out_points_below_only_to_tables_that_are_there(tiny_analysis, tmp_path, qapp):
    """With one side's official text only (the Lula–Biden call), "Between the two sides' official texts of each
    event, each is listed below" stood above the next kind's table: no side's readout is set against the other's."""
    one_side = dataclasses.replace(tiny_analysis, documents=tuple(
        dataclasses.replace(d, side="US", source="The White House") if d.id == RU else d
        for d in tiny_analysis.documents))
    out = tmp_path / "one.pdf"
    export_pdf(one_side, out, event="ev")
    said = _left_out_paragraph(out)
    assert "listed below" not in said and "none is set against the other side's readout" in said
    both = tmp_path / "both.pdf"
    export_pdf(tiny_analysis, both, event="ev")
    assert "each is listed below with what the other text says closest to it" in _left_out_paragraph(both)


@pytest.mark.parametrize(("text", "start", "length", "kept"), [
    ("a solid Romania-Ukraine pact", 0, 16, 8),  # "a solid Romania-" → "a solid " / "Romania-Ukraine pact"
    ("https://x.org/what-good-could", 0, 19, 18),  # no space: the hyphen opens the next line
    ("a solid Romania- Ukraine", 0, 16, None),  # a hyphen before a space is not inside a word
    ("the well-", 0, 9, None),  # the text's last line
    ("a solid ranking", 0, 8, None),  # a line ending on its space
])
def test_a_line_never_ends_on_the_hyphen_inside_a_word(text, start, length, kept):
    from readout_viewer.export.textflow import hyphen_kept
    assert hyphen_kept(text, start, length) == kept


def test_no_line_of_a_paragraph_ends_on_a_words_hyphen_where_poppler_would_drop_it(qapp):
    """Poppler (pdftotext, Evince and Okular's copy and search) reads a line's last hyphen as the typesetter's and
    drops it: the Iohannis–Zelenskyy call's "solid Romania-Ukraine" read "RomaniaUkraine", and the Documents table's
    address "https://pledgetimes.com/joe-biden-and-lula-da-silva-call-on-…" copied as "…-callon-…"."""
    from PySide6.QtCore import QBuffer

    from readout_viewer.export import canvas
    from tests.export.test_tables import _composer
    buf = QBuffer()
    cx = _composer(buf)
    text = " ".join(["a solid Romania-Ukraine strategic partnership"] * 12
                    + ["https://pledgetimes.com/joe-biden-and-lula-da-silva-call-on-the-venezuelan-government"])
    for width in range(60, 260, 7):
        lay = cx.layout(text, cx.fonts.small, width * canvas.PT)
        ends = [lay.text()[lay.lineAt(i).textStart():lay.lineAt(i).textStart() + lay.lineAt(i).textLength()]
                for i in range(lay.lineCount())]
        assert "".join(ends) == text
        assert not [e for e in ends[:-1] if e.endswith("-")], (width, ends)


def test_a_tables_cells_are_read_apart_not_as_one_line(qapp, tmp_path):
    """With 5 pt between a full line of a cell and the next column's text, poppler read a row's cells as one line
    ("… detailed data The White House — Readout of President Joe", the Lula–Biden call's Altered table): a line of
    a cell now stops GUTTER short of its column, and pdftotext reads each cell's lines by themselves."""
    import shutil
    import subprocess

    from PySide6.QtCore import QBuffer

    from readout_viewer.export import canvas
    from readout_viewer.export.tables import GUTTER, PAD, Cell, Column, table
    from tests.export.test_tables import _composer
    buf = QBuffer()
    cx = _composer(buf)
    cells = {"left": "immediately release complete, transparent and detailed data on voting at polling stations. ",
             "mid": "The White House — Readout of President Joe Biden’s Call with ",
             "right": "the two leaders agreed on the need for immediate release of full data. "}
    table(cx, [Column("One", 1.0), Column("Two", 1.0), Column("Three", 1.0)],
          [[Cell(text * 4) for text in cells.values()]], cx.fonts.small, cx.fonts.small_bold)
    canvas.paint(cx.writer, cx.pages, lambda painter, i, page: None, lambda share: None)
    buf.close()
    assert GUTTER + 2 * PAD >= 9  # the gap at which poppler reads columns apart (4 pt of gutter: none joined)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    out = tmp_path / "t.pdf"
    out.write_bytes(bytes(buf.data()))
    lines = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout.split("\n")
    own = {name: set(text.split()) - set().union(*(set(t.split()) for n, t in cells.items() if n != name))
           for name, text in cells.items()}  # the words of one cell only
    assert sum(bool(own["mid"] & set(line.split())) for line in lines) >= 4
    assert not [line for line in lines if sum(bool(words & set(line.split())) for words in own.values()) > 1]


def test_each_vertical_header_label_is_ruled_off_from_the_next(qapp, monkeypatch):
    """A matrix label's two lines (source and date, then title) stood as far apart as the next column's: the
    Biden–Xi matrix read "Remarks by President Biden and…" beside "Xinhua News Agency (2021-11-16)", the next
    column's. A hairline at the left of each label keeps a label's lines together."""
    from PySide6.QtCore import QBuffer

    from readout_viewer.export import tables
    from readout_viewer.export.tables import Cell, Column, table
    from tests.export.test_tables import _composer
    drawn = []
    real = tables.line_op
    monkeypatch.setattr(tables, "line_op", lambda *a, **k: drawn.append(a[:4]) or real(*a, **k))
    buf = QBuffer()
    cx = _composer(buf)
    top = cx.y
    labels = [f"Source {n} (2021-11-16)\nTitle of text {n}" for n in range(3)]
    table(cx, [Column("Official statement", 40.0, elide=True)] + [Column(t, 2.4) for t in labels],
          [[Cell("1. A statement."), Cell("✓"), Cell("∅"), Cell("✓")]], cx.fonts.tiny, cx.fonts.tiny, vertical_from=1)
    widths = tables._cell_width([Column("", 40.0)] + [Column("", 2.4)] * 3, cx.width)
    lefts = [cx.left + sum(widths[:i]) for i in (1, 2, 3)]
    upright = [(x1, y1, y2) for x1, y1, x2, y2 in drawn if x1 == x2 and y1 == top]
    assert [round(x, 3) for x, _, _ in upright] == [round(x, 3) for x in lefts]
