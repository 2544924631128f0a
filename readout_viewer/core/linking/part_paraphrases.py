"""A compound official sentence told in two by the other side: a part of it linked, by the sentence model, to the
claim of the other side's text that tells that part alone."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.linking.claim_parts import parts, told_parts
from readout_viewer.core.linking.context import Context
from readout_viewer.core.model import Claim, Document

# One side's sentence joins two points the other side tells apart, and words cannot link the second (links90-92: its
# best part scores under 0.2 by words). Counted with the model on dev, the old folder and the read events
# (eval/official_parts_cosine.py; docs/engine-history.md, Round 43, helper sem8): a part of a compound claim of two
# sides' short official texts (its clauses, each parted again by `claim_parts.parts`) and a claim of the other text not
# linked to it, by the best part's cosine: from 0.5 the gold confirms 10 and rejects 67, from 0.6 3 for 21, from 0.65
# 3 for 6, from 0.7 3 for 1.
PART_COS = 0.7
# How much closer the part must be to the claim taken than to the next closest claim of that text: a part close to
# two lines tells neither apart (from 0.7 with this margin: 2 required links for none false; from 0.6, 2 for 3).
PART_MARGIN = 0.05
# The ids a part is compared by: the compound claim's, this, the part's place.
PART_MARK = "~part"


def pieces(text: str) -> list[str]:
    """A compound official sentence's parts: its clauses (`told_parts`), each parted again by `parts`."""
    return [q for p in told_parts(text) for q in (parts(p) or [p])]


def part_reports(kept: Mapping[tuple[str, str], float], pairs: Sequence[tuple[Document, Document]], context: Context
                 ) -> dict[tuple[str, str], float]:
    """Between the two official texts of each pair (`pairs`: two sides' short texts, as `align` reads them), each part
    of a compound claim with the claim of the other text closest to it in meaning, from PART_COS and PART_MARGIN over
    the next closest, when the two are not linked. Nothing without a sentence model: words alone stay as they were."""
    sem = context.sem
    if not sem.active:
        return {}
    found: dict[tuple[str, str], float] = {}
    for a, b in pairs:
        left, right = context.claims_of.get(a.id, ()), context.claims_of.get(b.id, ())
        if not left or not right:
            continue
        for claims, others, first in ((left, right, True), (right, left, False)):
            for (c, o), cos in _told(claims, others, context).items():
                key = (c, o) if first else (o, c)
                if key not in kept and key[::-1] not in kept:
                    found[key] = max(cos, found.get(key, 0.0))
    return found


def _told(claims: Sequence[Claim], others: Sequence[Claim], context: Context) -> dict[tuple[str, str], float]:
    """(claim, compound) of `claims` and `others` whose part the claim tells, with that part's cosine."""
    sem, out = context.sem, dict[tuple[str, str], float]()
    texts = {f"{o.id}{PART_MARK}{i}": p for o in others if len(ps := pieces(o.text)) > 1 for i, p in enumerate(ps)}
    sem.add(texts)
    sem.embed([*texts, *(c.id for c in claims)])
    for part in texts:
        ranked = sorted(((sem.cos(part, c.id), c.id) for c in claims), reverse=True)
        cos, best = ranked[0]
        if cos >= PART_COS and cos - (ranked[1][0] if len(ranked) > 1 else 0.0) >= PART_MARGIN:
            o = part.rsplit(PART_MARK, 1)[0]
            out[(best, o)] = max(cos, out.get((best, o), 0.0))
    sem.save()
    return out
