"""Quotation check: find quotations of five words or more and say whether the folder holds them as quoted."""

from __future__ import annotations

import re
from typing import Sequence

from readout_viewer.core.model import EXACT, NOT_FOUND, Document, Quote, Span
from readout_viewer.core.text import fold

# Shorter quotations are phrases ("threatening"), not statements worth checking.
MIN_QUOTE_WORDS = 5
_QUOTE = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{10,}?)[\"\u201d]")


def check_quotes(documents: Sequence[Document]) -> list[Quote]:
    """Every quotation of MIN_QUOTE_WORDS+ words with its verdict and source passage."""
    folded = {d.id: fold(d.text) for d in documents}
    out = []
    for doc in documents:
        for m in _QUOTE.finditer(doc.text):
            body = m.group(1)
            if len(body.split()) < MIN_QUOTE_WORDS:
                continue
            needle = fold(body).strip(" .,")
            source = None
            for other in sorted(documents, key=lambda d: (not d.is_official, d.id)):
                if other.id == doc.id:
                    continue
                at = folded[other.id].find(needle)
                if at >= 0:
                    source = Span(other.id, at, at + len(needle))
                    break
            out.append(Quote(doc.id, m.start(1), m.end(1), EXACT if source else NOT_FOUND, source))
    return out
