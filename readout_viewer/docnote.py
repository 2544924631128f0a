"""The folder's own note on a document (its front matter's `notes:`), for the viewer's tooltips and the PDF."""

from __future__ import annotations

import textwrap

from readout_viewer.core.model import Document

# The front-matter key a folder's builder writes what a text is and where it comes from under ("assembled from the
# only verbatim quotation of it in the stored copies, The Federal's two quoted passages"): kept by the loader among
# the unknown keys (Document.extra), shown nowhere before helper ux12.
NOTE_KEY = "notes"
# Characters per tooltip line: a plain-text tooltip does not wrap, and a note is a paragraph.
NOTE_WIDTH = 90
# What stands before the note, in a tooltip and under a text's heading in the PDF.
NOTE_HEAD = "The folder's note on this text:"


def note(doc: Document) -> str:
    """The front matter's note on `doc` on one line, or "" when it has none."""
    said = doc.extra.get(NOTE_KEY)
    return " ".join(said.split()) if isinstance(said, str) else ""


def note_tip(doc: Document) -> str:
    """A blank line, NOTE_HEAD and the note wrapped for a tooltip, or "" when the front matter has none."""
    said = note(doc)
    return f"\n\n{NOTE_HEAD}\n" + textwrap.fill(said, NOTE_WIDTH) if said else ""
