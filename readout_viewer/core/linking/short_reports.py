"""Short reports: a leader's act told in a word or two, linked to the one official sentence of that leader that
says it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.language.reports import reports_a_leader
from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.mentions import TOPIC_FILLER
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.linking.similarity import SETTING
from readout_viewer.core.model import Claim

# An outlet sentence that reports a leader's act in this many content concepts ("Xi said that he supported peace
# talks") shares too few words with the readout sentence it tells for the gates (`counterparts.OUTLET_SHARED`,
# `CLOSE_SHARED`): "All sides need to jointly support Russia and Ukraine in having dialogue and negotiation that will
# ... lead to peace," Xi said. One concept is an act without its object ("Xi agreed with Kishida"): read12 one
# true link more, but a kept-out event one false link more (kept17 875/1002 -> 875/1003); up to three: read12, dev
# and the old folder counted one optional link more.
SHORT_CONTENT = 2
# The score such a link is given: that of a topic named on both sides (places_discussed.TOPIC_SCORE), above the outlets'
# threshold, under a clear paraphrase.
SHORT_SCORE = 0.4


def short_reports(kept: Mapping[tuple[str, str], float], pairs: Sequence[Pair], context: Context
                  ) -> dict[tuple[str, str], float]:
    """An outlet sentence linked to nothing that opens on a leader's act and says it in SHORT_CONTENT content
    concepts reports the one claim of an official text of its event that holds them all and whose speaker is that
    same leader (`context.speakers`): the leader and the act tie the two, however few words they share."""
    linked = {c for pair in kept for c in pair}
    out: dict[tuple[str, str], float] = {}
    for pair in pairs:
        if pair.a.is_official or not pair.b.is_official or pair.a.event != pair.b.event:
            continue
        for ca in context.claims_of.get(pair.a.id, ()):
            said = _said(ca, context) if ca.id not in linked else frozenset()
            if not said:
                continue
            spoke = context.speakers[ca.id]
            holders = [cb for cb in context.claims_of.get(pair.b.id, ())
                       if context.speakers.get(cb.id) == spoke and said <= context.terms[cb.id].concepts]
            if len(holders) == 1:
                out[(ca.id, holders[0].id)] = SHORT_SCORE
    return out


def _said(claim: Claim, context: Context) -> frozenset[str]:
    """The content concepts of a leader's report told in few words (none for any other claim): not who the event is
    about, names, the setting, words nearly every claim uses or words that name no content (`TOPIC_FILLER`)."""
    if claim.id not in context.speakers or not reports_a_leader(claim.text):
        return frozenset()
    w = context.w
    said = context.terms[claim.id].concepts - w.who - w.names - w.common - SETTING - TOPIC_FILLER
    return said if len(said) == SHORT_CONTENT else frozenset()
