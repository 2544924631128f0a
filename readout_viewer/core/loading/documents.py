"""PDF and Word articles: the reader for each kind, with the same outcome as a text file's (text, front matter,
first heading, notes) or the reason the file cannot be used."""

from __future__ import annotations

import os

# The kinds of file read here rather than decoded as text.
SUFFIXES = (".pdf", ".docx")
# What a file's own properties say of it as any file would (title, author): read as a web page's metadata, so
# a person's front matter or folder settings win and the inferred reasons name it. Other front-matter names
# among its properties (source, event, role ... set on purpose in an archive) count as front matter.
OWN_KEYS = ("title", "author")

Body = tuple[str, dict, "str | None", list[str], dict]


def _split(meta: dict) -> tuple[dict, dict]:
    """(front-matter keys, the file's own metadata)."""
    return ({k: v for k, v in meta.items() if k not in OWN_KEYS}, {k: v for k, v in meta.items() if k in OWN_KEYS})


def read(rel: str, raw: bytes) -> Body | str:
    """The file's plain text, front-matter keys, first heading, notes and own metadata, or why it cannot be used.
    The readers are imported here, when a folder holds such a file: most hold none, and their imports (zip and
    statistics modules among them) would cost every analysis about 25 ms."""
    from readout_viewer.core.loading import docxtext, pdftext

    suffix = os.path.splitext(rel)[1].lower()
    try:
        if suffix == ".pdf":
            pdf = pdftext.extract(raw)
            keys, own = _split(pdf.meta)
            return pdf.text, keys, None, list(pdf.notes), own
        word = docxtext.extract(raw)
        keys, own = _split(word.meta)
        return word.text, keys, word.heading, [], own
    except (pdftext.Unreadable, docxtext.NotWord) as exc:
        return str(exc)
    except ValueError as exc:  # pypdf's and the parsers' own complaints about a damaged file
        return f"the {'PDF' if suffix == '.pdf' else 'Word file'} could not be read ({exc})"
