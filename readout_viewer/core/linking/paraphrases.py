"""Outlet statements left with no link, given their official counterpart by the sentence model when one is asked for."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.framed_paraphrases import framed_reports
from readout_viewer.core.linking.neighbour_paraphrases import neighbour_reports
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.model import Claim

# An outlet statement linked to nothing reports the official claim closest to it in meaning (cosine of
# all-MiniLM-L6-v2) from this cosine. Counted on every outlet statement today's passes leave unlinked in dev, the old
# folder and the 25 read events (eval/unlinked_cosine.py, model on): from 0.75 the gold confirms 18 best candidates
# for 7 it does not (17 events; none in dev or old); 0.70-0.75 gives 12 for 19, 0.65-0.70 25 for 47, and no band of
# the words' score, mutual best or margin over the runner-up under 0.75 comes above even (docs/engine-history.md, Round
# 34, helper sem6).
PARAPHRASE_COS = 0.75


def paraphrase_reports(kept: Mapping[tuple[str, str], float], pairs: Sequence[Pair], context: Context
                       ) -> dict[tuple[str, str], float]:
    """Each outlet statement linked to nothing, with its closest official claim in meaning over the official texts
    it may report (`pairs`), from PARAPHRASE_COS, or from `framed_paraphrases.FRAMED_COS` between two lines that
    retell that claim's text, or from `neighbour_paraphrases.NEAR_COS` beside one such line when the model is sure
    of the pair both ways. Nothing without a sentence model: words alone stay as they were."""
    sem = context.sem
    if not sem.active:
        return {}
    outlet_pairs = [p for p in pairs if not p.a.is_official and p.b.is_official]
    sem.embed(sorted({c.id for p in outlet_pairs for d in (p.a, p.b) for c in context.claims_of.get(d.id, ())}))
    sem.save()
    linked = {c for pair in kept for c in pair}
    best: dict[str, tuple[float, Claim]] = {}
    for pair in outlet_pairs:
        theirs = context.claims_of.get(pair.b.id, ())
        for ca in context.claims_of.get(pair.a.id, ()):
            if ca.id in linked:
                continue
            for cb in theirs:  # the first of equals, in text order
                cos = sem.cos(ca.id, cb.id)
                if cos > best.get(ca.id, (-1.0,))[0]:
                    best[ca.id] = (cos, cb)
    found = {(a, cb.id): cos for a, (cos, cb) in best.items() if cos >= PARAPHRASE_COS}
    found |= framed_reports({a: b for a, b in best.items() if b[0] < PARAPHRASE_COS}, kept, context)
    taken = {a for a, _ in found}
    return found | neighbour_reports({a: b for a, b in best.items() if a not in taken}, [*kept, *found], context)
