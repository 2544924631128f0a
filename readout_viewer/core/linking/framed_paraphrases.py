"""An outlet statement standing between two lines that retell one official text, linked by the sentence model to the
claim of that text it stands between."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from readout_viewer.core.linking.context import Context
from readout_viewer.core.model import Claim

# An outlet retells a readout's passage in the readout's order: a statement the words leave unlinked whose neighbours,
# the one before and the one after, are linked in one official text retells a line of the stretch they frame. When
# the official claim closest to it in meaning (over every official text it may report) lies in that stretch, it is
# taken from this cosine, under the paraphrase pass's own floor. Measured on dev, the old folder and the 37 read
# events with the model on (docs/engine-history.md, Round 41, helper sem6): from 0.5, 12 links the gold confirms for 5
# it does not (5 required links found, over 10 events); from 0.4 the same F1 with two more false links; the closest
# claim anywhere near one neighbour's link (not framed by both) stays under even (55 for 73 from 0.5).
FRAMED_COS = 0.5


def framed_reports(best: Mapping[str, tuple[float, Claim]], kept: Iterable[tuple[str, str]], context: Context
                   ) -> dict[tuple[str, str], float]:
    """Each unlinked outlet statement of `best` (its closest official claim and their cosine) whose closest claim
    lies between the claims its two neighbours are linked to in that claim's text, from FRAMED_COS."""
    linked, place = linked_claims(kept), places(context)
    found = {}
    for a, (cos, cb) in best.items():
        doc, n = place[a]
        mine = context.claims_of[doc]
        if cos < FRAMED_COS or n == 0 or n + 1 >= len(mine):
            continue
        before, after = (places_in(linked[mine[m].id], cb.doc, place) for m in (n - 1, n + 1))
        if before and after and min(before) <= place[cb.id][1] <= max(after):
            found[(a, cb.id)] = cos
    return found


def linked_claims(kept: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Each claim of the kept pairs with the claims it is linked to."""
    linked: dict[str, set[str]] = defaultdict(set)
    for a, b in kept:
        linked[a].add(b)
        linked[b].add(a)
    return linked


def places(context: Context) -> dict[str, tuple[str, int]]:
    """Each claim's text and place among that text's claims."""
    return {c.id: (doc, n) for doc, cs in context.claims_of.items() for n, c in enumerate(cs)}


def places_in(claims: Iterable[str], doc: str, place: Mapping[str, tuple[str, int]]) -> list[int]:
    """Where in official text `doc` the claims stand (those of other texts left out)."""
    return [place[c][1] for c in claims if c in place and place[c][0] == doc]
