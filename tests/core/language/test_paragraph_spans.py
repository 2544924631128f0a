"""A text's paragraphs are one rule (language/text.PARAGRAPH): the claims are cut from them and the PDF sets them."""

from readout_viewer.core.language.text import paragraph_spans


def test_paragraphs_split_on_blank_lines_even_of_spaces_and_are_trimmed():
    text = "  One line\nwrapped.\n\n\n Two. \n \t\u00a0\nThree\n   "
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["One line\nwrapped.", "Two.", "Three"]


def test_the_pdf_sets_the_paragraphs_the_claims_are_cut_from():
    from readout_viewer.export import documents
    assert documents.paragraph_spans is paragraph_spans
