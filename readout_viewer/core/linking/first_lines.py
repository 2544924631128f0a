"""An outlet's first statement, its lede, left linked to nothing: it reports its best official counterpart."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.language.reports import reports_a_leader
from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.counterparts import ranked
from readout_viewer.core.linking.joint_reports import opens_on_both_leaders
from readout_viewer.core.linking.outlet_passes import ANOTHER_MOMENT, shared_content
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.linking.similarity import leaders_named
from readout_viewer.core.model import Claim

# A story's first statement tells the call's main point in the outlet's own words ("Rishi Sunak held further talks
# with Indian Prime Minister Narendra Modi over stalled negotiations on a free trade agreement ..." / "discussed recent
# progress on Free Trade Agreement negotiations", 0.30), sharing fewer words with its counterpart than the outlets'
# threshold asks (pairs.OUTLET_THRESHOLD). When every other pass leaves it linked to nothing, its best counterpart
# among the official texts of its event reports it from this score. Counted with eval/unlinked.py over every outlet
# statement so left on dev, the old folder and the 23 readable events (1051, 101 of whose best candidates the gold
# confirms, 764 not): first statements from 0.15 sharing a content concept 15 confirmed, 7 not (0.68; from 0.20, 10
# and 2; from 0.10, 17 and 10); a sentence further down is under even in every band of its score, shared concepts,
# runner-up, speech, place or neighbours' links (docs/engine.md, Round 33). Read23 link F1 0.869 -> 0.872 (with the
# gates of `_lede`: 967 -> 974 of 1187, 1265/1360 -> 1275/1372), the old folder one true link more, dev unchanged.
LEDE_FLOOR = 0.15
# ... and shares this many content concepts with it (not who the event is about, no names, not the setting): a
# photograph's caption first ("India's Prime Minister Narendra Modi (pictured October 12, 2021.") shares only names.
LEDE_CONTENT = 1


def lede_reports(kept: Mapping[tuple[str, str], float], pairs: Sequence[Pair], context: Context
                 ) -> dict[tuple[str, str], float]:
    """Each outlet's first statement that is linked to nothing and may be read as a lede (`_lede`), with its best
    counterpart among the official texts of its event that it may report (`pairs`), once (as `thin_reports` takes a
    sentence's best once), when they score LEDE_FLOOR and share LEDE_CONTENT content concepts."""
    linked = {c for pair in kept for c in pair}
    best: dict[str, tuple[float, Claim, Claim]] = {}
    for pair in pairs:
        if pair.a.is_official or not pair.b.is_official or pair.a.event != pair.b.event:
            continue
        first = next(iter(context.claims_of.get(pair.a.id, ())), None)
        if first is None or first.id in linked or not _lede(first, context):
            continue
        scored = ranked(first, context.indexes[pair.b.id], context.terms, context.w, 0, context.sem,
                        context.voices)  # as the pairs' own alignment: an account's run-on sentences are its leader's
        if scored and scored[0][0] > best.get(first.id, (0.0,))[0]:
            best[first.id] = (scored[0][0], first, scored[0][1])
    return {(a, b.id): s for a, (s, first, b) in best.items()
            if s >= LEDE_FLOOR and shared_content(first, b, context) >= LEDE_CONTENT}


def _lede(claim: Claim, context: Context) -> bool:
    """Whether a first statement may be given its counterpart so: when it names a leader of the call (a lede tells
    who spoke: "The need for stability was emphasised" tells nobody), but not when it opens on a leader's act, as
    `outlet_passes.thin_reports` reads one (that pass judges it, and a leader's words that no readout carries must stay
    unlinked to be listed as in no readout: of the 22 ledes above, such openings were 1 confirmed for 2 not), nor
    when it places itself at another moment than the call (`outlet_passes.ANOTHER_MOMENT`)."""
    text = claim.text
    return bool(leaders_named(context.terms[claim.id], context.w)) and not (
        reports_a_leader(text) or opens_on_both_leaders(text, context.w) or ANOTHER_MOMENT.match(text))
