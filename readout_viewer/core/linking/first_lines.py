"""An outlet's first statement, its lede, left linked to nothing: it reports its best official counterpart."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.counterparts import ranked
from readout_viewer.core.linking.outlet_passes import shared_content
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.model import Claim

# A story's first statement tells the call's main point in the outlet's own words ("Joe Biden has told Volodymyr
# Zelensky he will 'move quickly' to send Ukraine fresh military aid, ..." / "President Biden shared that his
# administration will quickly provide significant new security assistance ..."), sharing fewer words with its
# counterpart than the outlet floor asks (pairs.OUTLET_THRESHOLD). When today's passes leave it linked to nothing, its
# best counterpart among the official texts of its event reports it from this score. Counted with eval/unlinked.py
# over every outlet statement so left on dev, the old folder and the 23 readable events (1051 of them, 101 whose best
# candidate the gold confirms: 0.11): first statements from 0.15 sharing a content concept, 15 confirmed, 7 not (0.68);
# from 0.20, 10 and 2; from 0.10, 17 and 10. A sentence further down scores no better than even in any band of its
# score, shared concepts, runner-up, speech, neighbours' links or the candidate's other outlets (at best 0.3-0.5).
LEDE_FLOOR = 0.15
# ... and shares this many content concepts with it (not who the event is about, no names, not the setting): a
# photograph's caption first ("India's Prime Minister Narendra Modi (pictured October 12, 2021.") shares only names.
LEDE_CONTENT = 1


def lede_reports(kept: Mapping[tuple[str, str], float], pairs: Sequence[Pair], context: Context
                 ) -> dict[tuple[str, str], float]:
    """Each outlet's first statement that is linked to nothing, with its best counterpart among the official texts of
    its event that it may report (`pairs`), once, when they score LEDE_FLOOR and share LEDE_CONTENT content concepts."""
    linked = {c for pair in kept for c in pair}
    best: dict[str, tuple[float, Claim, Claim]] = {}
    for pair in pairs:
        if pair.a.is_official or not pair.b.is_official or pair.a.event != pair.b.event:
            continue
        first = next(iter(context.claims_of.get(pair.a.id, ())), None)
        if first is None or first.id in linked:
            continue
        scored = ranked(first, context.indexes[pair.b.id], context.terms, context.w, 0, context.sem,
                        context.speakers)
        if scored and scored[0][0] > best.get(first.id, (0.0,))[0]:
            best[first.id] = (scored[0][0], first, scored[0][1])
    return {(a, b.id): s for a, (s, first, b) in best.items()
            if s >= LEDE_FLOOR and shared_content(first, b, context) >= LEDE_CONTENT}
