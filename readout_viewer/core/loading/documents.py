"""PDF and Word articles: the reader for each kind, with the same outcome as a text file's (text, front matter,
first heading, notes) or the reason the file cannot be used."""

from __future__ import annotations

import os

from readout_viewer.core.loading import docxtext, pdftext

# The kinds of file read here rather than decoded as text.
SUFFIXES = (".pdf", ".docx")

Body = tuple[str, dict, "str | None", list[str]]


def read(rel: str, raw: bytes) -> Body | str:
    """The file's plain text, metadata keys, first heading and notes, or why it cannot be used."""
    suffix = os.path.splitext(rel)[1].lower()
    try:
        if suffix == ".pdf":
            pdf = pdftext.extract(raw)
            return pdf.text, dict(pdf.meta), None, list(pdf.notes)
        word = docxtext.extract(raw)
        return word.text, dict(word.meta), word.heading, []
    except (pdftext.Unreadable, docxtext.NotWord) as exc:
        return str(exc)
    except ValueError as exc:  # pypdf's and the parsers' own complaints about a damaged file
        return f"the {'PDF' if suffix == '.pdf' else 'Word file'} could not be read ({exc})"
