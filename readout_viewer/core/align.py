"""Claim alignment: link outlet claims to the official claims they report, and official claims across sides."""

from __future__ import annotations

import math
from collections import Counter
from typing import Generator, Mapping, Sequence

from readout_viewer.core.model import AGREE, Claim, Document, Link
from readout_viewer.core.text import tokens

# Cosine similarity of content words above which two claims are taken to report the same thing.
LINK_THRESHOLD = 0.35
_STOP = frozenset("the a an and or of to in on for with by at as is was were be been that this it its their "
                  "his her they he she we our from also which who has have had will would not but".split())


def _bag(claim: Claim) -> Counter:
    return Counter(t.norm for t in tokens(claim.text) if t.norm not in _STOP)


def _cosine(a: Counter, b: Counter, idf: Mapping[str, float]) -> float:
    dot = sum(a[w] * b[w] * idf.get(w, 1.0) ** 2 for w in a.keys() & b.keys())
    na = math.sqrt(sum((v * idf.get(w, 1.0)) ** 2 for w, v in a.items()))
    nb = math.sqrt(sum((v * idf.get(w, 1.0)) ** 2 for w, v in b.items()))
    return dot / (na * nb) if na and nb else 0.0


def _pairs(documents: Sequence[Document]) -> list[tuple[Document, Document]]:
    pairs = []
    officials = [d for d in documents if d.is_official]
    for d in documents:
        if not d.is_official:
            pairs += [(d, o) for o in officials]
    for i, a in enumerate(officials):
        for b in officials[i + 1:]:
            if a.event == b.event and a.side != b.side:
                pairs.append((a, b))
    return pairs


def find_links(documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]]
               ) -> Generator[float, None, list[Link]]:
    """Link claims that report the same thing; yields the fraction done, returns the links."""
    bags = {c.id: _bag(c) for cs in claims_of.values() for c in cs}
    df = Counter(w for bag in bags.values() for w in bag)
    idf = {w: math.log(1 + len(bags) / n) for w, n in df.items()}
    links = []
    pairs = _pairs(documents)
    for i, (a, b) in enumerate(pairs):
        yield i / max(1, len(pairs))
        for ca in claims_of.get(a.id, ()):
            for cb in claims_of.get(b.id, ()):
                score = _cosine(bags[ca.id], bags[cb.id], idf)
                if score >= LINK_THRESHOLD:
                    links.append(Link(ca.id, cb.id, AGREE, round(score, 3)))
    return links
