"""An outlet statement beside a line linked in an official text, linked by the sentence model to the claim near that
link which it alone in its article is closest to, and clearly closer than to the rest of that text."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.framed_paraphrases import linked_claims, places, places_in
from readout_viewer.core.model import Claim

# An outlet retells a readout's passage in the readout's order: a statement the words leave unlinked whose previous or
# next statement is linked in one official text near its closest claim in meaning (over every official text it may
# report) retells that claim when the model is sure of the pair both ways. Counted on dev, the old folder and the 38
# read events with the model on (eval/cosine_rank.py; docs/engine-history.md, Round 42, helper sem7), over the
# statements linked to nothing, whose closest claim the gold confirms for 204 and not for 1,170: a neighbour's link
# within two claims of the closest one, that claim closer to this statement than to any other of its article, and this
# statement closer to it than to the runner-up of its text by 0.1, from cosine 0.6: 14 pairs the gold confirms for 4 it
# does not (9 required links found); the neighbour's link alone 28 for 36, without the article's closest 21 for 19,
# without the margin 17 for 12, from 0.55 17 for 8, from 0.65 8 for 2 (6 found).
NEAR_COS = 0.6
# How far, in claims of the official text, the neighbour's link may stand from the claim taken: next to it (1) 11 for
# 3 (7 found); 3 adds one false pair.
NEAR_CLAIMS = 2
# How much closer the statement must be to the claim taken than to the next closest claim of the same text: a
# paraphrase close to two lines of a readout tells neither apart (0.05: 16 for 7, 10 found).
NEAR_MARGIN = 0.1


def neighbour_reports(best: Mapping[str, tuple[float, Claim]], kept: Iterable[tuple[str, str]], context: Context
                      ) -> dict[tuple[str, str], float]:
    """Each unlinked outlet statement of `best` (its closest official claim and their cosine) from NEAR_COS whose
    neighbour is linked within NEAR_CLAIMS of that claim, no other statement of its article being as close to the
    claim, and the claim closer than the rest of its text by NEAR_MARGIN."""
    linked, place = linked_claims(kept), places(context)
    found = {}
    for a, (cos, cb) in best.items():
        if cos < NEAR_COS:
            continue
        doc, n = place[a]
        mine = context.claims_of[doc]
        at = place[cb.id][1]
        beside = [p for m in (n - 1, n + 1) if 0 <= m < len(mine) for p in places_in(linked[mine[m].id], cb.doc, place)]
        if any(abs(p - at) <= NEAR_CLAIMS for p in beside) and _sure(a, cos, cb, mine, context):
            found[(a, cb.id)] = cos
    return found


def _sure(a: str, cos: float, cb: Claim, mine: Iterable[Claim], context: Context) -> bool:
    """Whether no other statement of the article is as close to `cb`, and no other claim of `cb`'s text comes
    within NEAR_MARGIN of `a`."""
    sem = context.sem
    if any(sem.cos(c.id, cb.id) >= cos for c in mine if c.id != a):
        return False
    return all(cos - sem.cos(a, c.id) >= NEAR_MARGIN for c in context.claims_of[cb.doc] if c.id != cb.id)
