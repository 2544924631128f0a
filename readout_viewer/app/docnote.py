"""The folder's own note on a document (its front matter's `notes:`), as lines for a tooltip."""

from __future__ import annotations

import textwrap

from readout_viewer.core.model import Document

# The front-matter key a folder's builder writes what a text is and where it comes from under ("assembled from the
# only verbatim quotation of it in the stored copies, The Federal's two quoted passages"): kept by the loader among
# the unknown keys (Document.extra), shown nowhere before helper ux12.
NOTE_KEY = "notes"
# Characters per tooltip line: a plain-text tooltip does not wrap, and a note is a paragraph.
NOTE_WIDTH = 90


def note_tip(doc: Document) -> str:
    """"\n\nThe folder's note on this text:\n" and the note wrapped, or "" when the front matter has none."""
    note = doc.extra.get(NOTE_KEY)
    if not isinstance(note, str) or not note.strip():
        return ""
    return "\n\nThe folder's note on this text:\n" + textwrap.fill(" ".join(note.split()), NOTE_WIDTH)
