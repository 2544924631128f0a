"""Seen in the Putin–Erdoğan call's PDF (helper ux7): a page's repeated headline and its byline ("Duvar English")
printed in the same near-black as the statements compared. A paragraph that holds no statement is printed in the
muted grey, as the viewer draws such text (tests/app/panes/test_muted_text.py)."""

from __future__ import annotations

from dataclasses import replace

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTTextContainer, LTTextLine
from PySide6.QtGui import QColor

from readout_viewer.export.canvas import INK, MUTED
from readout_viewer.export.pdf import export_pdf

FURNITURE = "Breaking News\n\n"


def _chars(item):
    if isinstance(item, LTChar):
        yield item
    elif isinstance(item, (LTTextContainer, LTTextLine)) or hasattr(item, "__iter__"):
        for child in item:
            yield from _chars(child)


def _grey(name: str) -> float:
    return round(QColor(name).redF(), 2)


def _colour_of(pdf, words: str) -> set[float]:
    """The fill greys of the characters of every line of the last pages that starts with `words`."""
    found = set()
    for page in extract_pages(pdf):
        for box in page:
            for line in (box if isinstance(box, LTTextContainer) else []):
                if isinstance(line, LTTextLine) and line.get_text().startswith(words):
                    found |= {round(float(c.graphicstate.ncolor[0] if isinstance(c.graphicstate.ncolor, (list, tuple))
                                          else c.graphicstate.ncolor), 2)
                              for c in _chars(line) if c.get_text().strip()}
    return found


def test_a_paragraph_with_no_statement_is_printed_muted(qapp, tiny_analysis, tmp_path):
    shift = len(FURNITURE)
    news = "ev/paper"
    analysis = replace(
        tiny_analysis,
        documents=tuple(replace(d, text=FURNITURE + d.text) if d.id == news else d for d in tiny_analysis.documents),
        claims=tuple(replace(c, start=c.start + shift, end=c.end + shift) if c.doc == news else c
                     for c in tiny_analysis.claims),
        quotes=tuple(replace(q, start=q.start + shift, end=q.end + shift) if q.doc == news else q
                     for q in tiny_analysis.quotes),
        attributions=tuple(replace(a, start=a.start + shift, end=a.end + shift) if a.doc == news else a
                           for a in tiny_analysis.attributions))
    out = tmp_path / "x.pdf"
    export_pdf(analysis, out)
    assert _colour_of(out, "Breaking News") == {_grey(MUTED)}
    assert _colour_of(out, "The two presidents spoke") == {_grey(INK)}
