"""An unlinked outlet sentence that another outlet's linked sentence tells in nearly its words: the same claims."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.counterparts import sharing
from readout_viewer.core.linking.outlet_passes import same_speaker
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.linking.similarity import SETTING, other_meeting, score
from readout_viewer.core.linking.terms import concept_index
from readout_viewer.core.model import Claim

# Two outlets of one event telling a point in nearly the same words (a wire's copy, one agency's dispatch retold)
# report the same official claims: a sentence linked to nothing that scores this much against a sentence of another
# outlet of its event, which the passes linked to an official claim, reports that claim too.
SIBLING_SCORE = 0.6
# ... when it shares this many content concepts with the claim itself (not who the event is about, not the setting):
# two outlets' call lines alike in their names and dates share nothing of a claim of what was said.
SIBLING_CONTENT = 1
# Two sentences scoring SIBLING_SCORE share at least this many concepts (a cheap first sieve over the index).
SIBLING_SHARED = 3


def sibling_reports(kept: Mapping[tuple[str, str], float], pairs: Sequence[Pair], context: Context
                    ) -> dict[tuple[str, str], float]:
    """Each outlet sentence that every pass before left linked to nothing, with the official claims of its event that
    a sentence of another outlet of the event, scoring SIBLING_SCORE or more against it, is linked to."""
    terms, w = context.terms, context.w
    reports: dict[str, dict[str, float]] = {}  # an outlet sentence -> the official claims it is linked to
    official = {p.b.id for p in pairs if p.b.is_official}
    for a, b in kept:
        reports.setdefault(a, {})[b] = 0.0
    outlets = {p.a.id: p.a for p in pairs if not p.a.is_official and p.b.is_official}
    claim_of = {c.id: c for d in outlets for c in context.claims_of.get(d, ())}
    told = [claim_of[a] for a in reports if a in claim_of]
    index = concept_index(told, terms)
    doc_official = {c.id for d in official for c in context.claims_of.get(d, ())}
    found: dict[tuple[str, str], float] = {}
    for doc_id, doc in outlets.items():
        for ca in context.claims_of.get(doc_id, ()):
            if ca.id in reports or ca.id not in terms:
                continue
            for x in _siblings(ca, doc.event, index, outlets, context):
                for b in reports[x.id]:
                    if b in doc_official and _retells(ca, b, context):
                        found[(ca.id, b)] = max(found.get((ca.id, b), 0.0), score(terms[ca.id], terms[b], w))
    return found


def _siblings(ca: Claim, event: str, index: Mapping[str, Sequence[Claim]], outlets, context: Context
              ) -> list[Claim]:
    """The linked sentences of the event's other outlets that score SIBLING_SCORE or more against `ca`."""
    mine = context.terms[ca.id]
    return [x for x in sharing(mine, index, SIBLING_SHARED) if x.doc != ca.doc and outlets[x.doc].event == event
            and score(mine, context.terms[x.id], context.w) >= SIBLING_SCORE]


def _retells(ca: Claim, b: str, context: Context) -> bool:
    """Whether the sentence may report official claim `b`: SIBLING_CONTENT content concepts shared, the same speaker,
    no other leader's meeting."""
    w, ta, tb = context.w, context.terms[ca.id], context.terms[b]
    content = (ta.concepts & tb.concepts) - w.who - SETTING
    return len(content) >= SIBLING_CONTENT and same_speaker(context.voices, ca.id, b) and not other_meeting(ta, tb, w)
