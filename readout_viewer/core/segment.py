"""Segmentation: split a document's plain text into claims (sentences, and clauses of compound sentences)."""

from __future__ import annotations

import re

from readout_viewer.core.model import Claim, Document

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"\u201d\u2019']?\s+(?=[\"\u201c\u2018']?[A-Z])")
_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Col|Lt|Sen|Rep|Gov|Prof|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|"
                     r"Sept|Oct|Nov|No|vs|etc|U\.S|U\.K|E\.U)\.$")
# A sentence shorter than this many words is a heading, byline or caption fragment, not a claim.
MIN_CLAIM_WORDS = 4


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, at = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        if _ABBREV.search(text[max(at, m.start() - 6):m.start()]):
            continue
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, end))
    return spans


def segment(doc: Document) -> list[Claim]:
    """The claims of a document, in text order, with exact offsets into doc.text."""
    claims: list[Claim] = []
    text = doc.text
    for para in re.finditer(r"[^\n]+", text):
        for s, e in _sentences(text, para.start(), para.end()):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if len(text[s:e].split()) < MIN_CLAIM_WORDS:
                continue
            claims.append(Claim(f"{doc.id}#{len(claims) + 1}", doc.id, s, e, text[s:e]))
    return claims
