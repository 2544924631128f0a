"""Omissions: for each official claim, the documents of its event that carry nothing linked to it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.model import Claim, Document, Link, Omission


def find_omissions(documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
                   links: Sequence[Link]) -> list[Omission]:
    """Each official claim with the same-event documents that hold no claim linked to it."""
    doc_of = {c.id: c.doc for cs in claims_of.values() for c in cs}
    linked: dict[str, set[str]] = {}
    for link in links:
        linked.setdefault(link.a, set()).add(doc_of.get(link.b, ""))
        linked.setdefault(link.b, set()).add(doc_of.get(link.a, ""))
    out = []
    for doc in documents:
        if not doc.is_official:
            continue
        others = [d.id for d in documents if d.event == doc.event and d.id != doc.id]
        for claim in claims_of.get(doc.id, ()):
            missing = tuple(d for d in others if d not in linked.get(claim.id, ()))
            if missing:
                out.append(Omission(claim.id, missing))
    return out
