"""One readout's sentence of two parts told in two sentences by the other: a claim left over joins the other part."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.linking.claim_parts import told_parts
from readout_viewer.core.linking.readouts import partners
from readout_viewer.core.linking.similarity import SETTING, score
from readout_viewer.core.linking.terms import Terms
from readout_viewer.core.linking.terms import terms as text_terms
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim

# A claim left over joins a claim of the other readout already taken when it scores this much with a part of it that
# the taken claim's partners do not tell (read19, dev and the old folder, claims left over by every pass: from 0.20 one
# true link and none false; from 0.15 one false more). read19 link F1 0.869 -> 0.870 (807 -> 808 of 983), every other
# pool unchanged; from 0.15 kept21 0.787 -> 0.786 (one false link).
PART_THRESHOLD = 0.2


def _best(mine: Terms, parts: Sequence[Terms], w: Weights) -> tuple[float, int]:
    """The best score of a claim with one of another's parts, and that part's index."""
    scores = [score(mine, p, w, names_only=1.0) for p in parts]
    i = max(range(len(scores)), key=scores.__getitem__)  # the first of equal scores
    return scores[i], i


def told_apart(kept: Mapping[tuple[str, str], float], left: Sequence[Claim], right: Sequence[Claim],
               terms: Mapping[str, Terms], w: Weights) -> dict[tuple[str, str], float]:
    """Two sides' short readouts: a claim left without a partner joins a claim of the other already taken when it
    scores PART_THRESHOLD with a part of it (`claim_parts.told_parts`) other than the parts its partners tell best,
    and shares with that part content (not names, the setting or the words nearly every claim uses) its partners
    lack."""
    taken = partners(kept)
    out: dict[tuple[str, str], float] = {}
    for claims, others, first in ((left, right, True), (right, left, False)):
        free = [c for c in claims if c.id not in taken]
        for o in others:
            pieces = told_parts(o.text) if free and o.id in taken else []
            if len(pieces) < 2:
                continue
            parts = [text_terms(p, w.acronyms) for p in pieces]
            told = {_best(terms[p], parts, w)[1] for p in taken[o.id]}
            held = set().union(*(terms[p].concepts for p in taken[o.id]))
            for c in free:
                s, i = _best(terms[c.id], parts, w)
                shared = (terms[c.id].concepts & parts[i].concepts) - w.names - w.common - SETTING
                if s >= PART_THRESHOLD and i not in told and shared - held:
                    out[(c.id, o.id) if first else (o.id, c.id)] = score(terms[c.id], terms[o.id], w, names_only=1.0)
    return out
