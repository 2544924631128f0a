"""A part of an outlet sentence cut from its subject, or the head such a part was cut from, left unlinked: linked to the
official claim it scores best."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.language.sentences import ends_sentence
from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.counterparts import ranked
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.model import Claim

# A claim that opens in lower case is a part cut from its sentence at ", as well as", ", and agreed", a relative
# ("Ahead is the start of negotiations ..., as well as a personal meeting between the heads of the Russian Federation
# and the United States."): its subject and its setting stayed in the other part, so it shares one content concept with
# the official claim it reports and the outlet gates (`counterparts.OUTLET_CONTENT`) turn it away. Its score, gates
# lifted, is then the evidence: from this floor most of its weight is shared (the short reports' score,
# `short_reports.SHORT_SCORE`). The readable parts linked to nothing score 0.57 (the one true link) and 0.27 or less
# (none of them the gold's: "expressed hope for significant results regarding the ceasefire" / "any negotiations
# without Ukraine will not bring sustainable peace" at 0.27).
CUT_PART_FLOOR = 0.4
# The head such a part was cut from (the claim before it, its sentence not ended) is short by the cut as well: when the
# part is linked, the head is the compound's other claim, and it keeps the subject the outlet gates count as shared
# ("In the phone call, Biden and Meloni reaffirmed their support for Ukraine" | "and discussed recent events in North
# Africa." / "The leaders affirmed their unwavering support for Ukraine.", 0.50 on two shared concepts, a joint
# subject, which no leader's close report reads). Read37 one required link more, no false one; dev and old unchanged;
# with the part linked or not, the same links (helper links83).


def cut_parts(kept: Mapping[tuple[str, str], float], pairs: Sequence[Pair], context: Context
              ) -> dict[tuple[str, str], float]:
    """Each outlet claim linked to nothing by the passes before that opens in lower case (a part cut from its
    sentence), or is the head of such a part linked (`head_of`), with the one official claim of its event it scores
    best, from CUT_PART_FLOOR."""
    linked = {c for pair in kept for c in pair}
    best: dict[str, tuple[float, str]] = {}
    for pair in pairs:
        index = context.indexes.get(pair.b.id)
        if pair.a.is_official or not pair.b.is_official or pair.a.event != pair.b.event or index is None:
            continue
        mine = context.claims_of.get(pair.a.id, ())
        for n, ca in enumerate(mine):
            cut = ca.text[:1].islower() or (n + 1 < len(mine) and head_of(ca, mine[n + 1], linked))
            if ca.id in linked or not cut or ca.id not in context.terms:
                continue
            scored = ranked(ca, index, context.terms, context.w, 0, context.voices)  # run-on words read
            if scored and scored[0][0] >= max(CUT_PART_FLOOR, best.get(ca.id, (0.0, ""))[0]):
                best[ca.id] = (scored[0][0], scored[0][1].id)
    return {(a, b): s for a, (s, b) in best.items()}


def head_of(claim: Claim, after: Claim, linked: set[str] | frozenset[str]) -> bool:
    """Whether `claim` is the head of a sentence whose next claim, `after`, is a part cut from it (its sentence not
    ended, the part in lower case) that the passes linked (`linked`)."""
    return after.id in linked and after.text[:1].islower() and not ends_sentence(claim.text)
