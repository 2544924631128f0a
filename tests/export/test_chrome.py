"""The running header and footer of the PDF: a long document name never runs under "readout-viewer"."""

from dataclasses import replace

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTTextContainer, LTTextLine

from readout_viewer.export.pdf import export_pdf

# Points from the page's top and bottom edges that hold the running header and footer (A4 margins are wider).
BAND = 60


def _chars(item):
    if isinstance(item, LTChar):
        yield item
    elif isinstance(item, (LTTextContainer, LTTextLine)):
        for child in item:
            yield from _chars(child)


def _overlaps(chars: list[LTChar]) -> list[tuple[str, str]]:
    """Pairs of characters on one line whose boxes share more than a third of the narrower one's width."""
    out = []
    for i, a in enumerate(chars):
        for b in chars[i + 1:]:
            same_line = abs(a.y0 - b.y0) < 2
            shared = min(a.x1, b.x1) - max(a.x0, b.x0)
            if same_line and shared > min(a.width, b.width) / 3 and a.get_text().strip() and b.get_text().strip():
                out.append((a.get_text(), b.get_text()))
    return out


def test_a_long_document_name_is_cut_in_the_header_not_drawn_under_the_product_name(qapp, tiny_analysis, tmp_path):
    """Seen on an official readout whose source and title fill the line: its name ran under "readout-viewer"."""
    long_title = "Prime Minister speaks with the President of the United States of America about many things " * 2
    docs = tuple(replace(d, source="Ministry of External Affairs, Government of India", title=long_title)
                 if d.id == "ev/us-readout" else d for d in tiny_analysis.documents)
    out = tmp_path / "long.pdf"
    export_pdf(replace(tiny_analysis, documents=docs, root="/tmp/" + "a-long-folder-name-" * 8), out)
    checked = 0
    for page in extract_pages(str(out)):
        chars = [c for item in page for c in _chars(item)]
        for band in ([c for c in chars if c.y0 > page.height - BAND], [c for c in chars if c.y1 < BAND]):
            assert _overlaps(band) == []
            checked += bool(band)
    assert checked >= 4  # headers and footers of the pages after the first were read
