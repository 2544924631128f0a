"""Outlet statements left with no link, given their official counterpart by the sentence model when one is asked for."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.counterparts import ranked
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.linking.semantic import Semantic
from readout_viewer.core.model import Claim

# An outlet statement linked to nothing reports the official claim closest to it in meaning (cosine of
# all-MiniLM-L6-v2) from this cosine, when each is the other's closest (measured on dev, the old folder and the
# read events: docs/engine.md, Round 34, helper sem6) ...
PARAPHRASE_COS = 0.7
# ... and the words' own score of the pair (the outlet score, gates lifted) reaches this: a pair close in meaning
# but sharing no words is a sentence on the same topic more often than a report of it.
PARAPHRASE_WORDS = 0.1


def paraphrase_reports(kept: Mapping[tuple[str, str], float], pairs: Sequence[Pair], context: Context
                       ) -> dict[tuple[str, str], float]:
    """Each outlet statement linked to no official claim, with its closest official claim in meaning over the
    official texts it may report (`pairs`), when that claim's closest in its text is the statement, from
    PARAPHRASE_COS, and the words score the pair PARAPHRASE_WORDS (`_words`). Nothing without a sentence model:
    words alone stay as they were."""
    sem = context.sem
    if not sem.active:
        return {}
    outlet_pairs = [p for p in pairs if not p.a.is_official and p.b.is_official]
    sem.embed(sorted({c.id for p in outlet_pairs for d in (p.a, p.b) for c in context.claims_of.get(d.id, ())}))
    sem.save()
    linked = {c for pair in kept for c in pair}
    best: dict[str, tuple[float, Claim, Claim, bool]] = {}
    for pair in outlet_pairs:
        mine, theirs = context.claims_of.get(pair.a.id, ()), context.claims_of.get(pair.b.id, ())
        for ca, cb, cos, mutual in _closest(mine, theirs, sem):
            if ca.id not in linked and cos > best.get(ca.id, (-1.0,))[0]:
                best[ca.id] = (cos, ca, cb, mutual)
    return {(ca.id, cb.id): cos for cos, ca, cb, mutual in best.values()
            if mutual and cos >= PARAPHRASE_COS and _words(ca, cb, context) >= PARAPHRASE_WORDS}


def _closest(mine: Sequence[Claim], theirs: Sequence[Claim], sem: Semantic
             ) -> list[tuple[Claim, Claim, float, bool]]:
    """Each statement of one text with its closest by cosine in another (ties to the first in text order), the
    cosine, and whether the statement is that one's closest in turn."""
    if not mine or not theirs:
        return []
    cos = {(a.id, b.id): sem.cos(a.id, b.id) for a in mine for b in theirs}
    closest_to = {b.id: max(enumerate(mine), key=lambda na: (cos[na[1].id, b.id], -na[0]))[1] for b in theirs}
    out = []
    for a in mine:
        b = max(enumerate(theirs), key=lambda nb: (cos[a.id, nb[1].id], -nb[0]))[1]
        out.append((a, b, cos[a.id, b.id], closest_to[b.id] is a))
    return out


def _words(claim: Claim, other: Claim, context: Context) -> float:
    """The words' own score of an outlet statement against one official claim (the outlet score, gates lifted)."""
    words = Semantic(())  # no veto: the score words alone give
    for s, o in ranked(claim, context.indexes[other.doc], context.terms, context.w, 0, words, context.speakers):
        if o.id == other.id:
            return s
    return 0.0
