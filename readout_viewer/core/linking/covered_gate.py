"""Covered reports past the content gate: one content concept in common, when it is half of what one side says."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from readout_viewer.core.language.speakers import said_elsewhere
from readout_viewer.core.linking.checked import is_transcript
from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.counterparts import MAX_PER_DOC, OUTLET_SHARED, content_gated, past_gates, sharing
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.linking.similarity import SETTING
from readout_viewer.core.linking.terms import Terms, is_date
from readout_viewer.core.linking.terms import terms as text_terms
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim
from readout_viewer.core.quotes.marks import find_quotations

# The content gate (`counterparts.OUTLET_CONTENT`) turns away a pair sharing three or more concepts of which one is
# content: "China welcomed a virtual meeting between Xi and Biden as raising hopes for better relations" does not
# report "Xi called for a sound and steady relationship during a virtual meeting with Biden" (the one word in common,
# "relations", is a seventh of what the shorter side says). It lets such a pair through when the concepts they share
# are at least this share of the weight of what the shorter side says (its content: not names, not who the event is
# about, not the setting, not words nearly every claim uses, not dates): "Putin and Orban issued statements after
# their talks" / "Putin and Orban made press statements following their talks" (0.59). Census (eval/content_gate.py,
# dev, old and the read events, never a kept-out one; accounts only): of the pairs the gate stops that would be their
# sentence's best in a text, from 0.5 12 required and 15 optional links and no false one; from 0.3 14 and 19, none
# false; from 0.2 15 and 24 for 5 false, which sit at 0.14-0.28 ("better relations", "made it clear", "the San
# Francisco vision" told of another thing). 0.5, half the shorter side, keeps a margin over them.
COVERED_SHARE = 0.5


def covered_reports(kept: Mapping[tuple[str, str], float], pairs: Sequence[Pair], context: Context
                    ) -> dict[tuple[str, str], float]:
    """Each outlet sentence's best claim in an official account (not a transcript: a briefing's or a remark's
    pleasantries, "It's a pleasure to be with President Erdogan", hold one word of anything) that the content gate
    alone turned away, when it reaches the pair's floor, outscores what the sentence has there and is covered
    (`covered`); at most MAX_PER_DOC links into a text in all."""
    terms = context.terms
    into: dict[tuple[str, str], list[float]] = {}
    doc_of = {c.id: d for d, cs in context.claims_of.items() for c in cs}
    for (a, b), s in kept.items():
        if b in doc_of:
            into.setdefault((a, doc_of[b]), []).append(s)
    out: dict[tuple[str, str], float] = {}
    for pair in pairs:
        if pair.a.is_official or not pair.b.is_official or is_transcript(pair.b):
            continue
        index = context.indexes[pair.b.id]
        for ca in context.claims_of.get(pair.a.id, ()):
            had = into.get((ca.id, pair.b.id), [])
            if len(had) >= MAX_PER_DOC or ca.id not in terms or said_elsewhere(ca.text):
                continue
            found = _best_gated(ca, index, context)
            if found and found[0] >= max([pair.threshold, *had]) and (ca.id, found[1]) not in kept:
                out[(ca.id, found[1])] = found[0]
    return out


def _best_gated(ca: Claim, index: Mapping[str, Sequence[Claim]], context: Context) -> tuple[float, str] | None:
    """The best-scoring claim of a document (its claims by concept) that the content gate alone turns away from
    outlet claim `ca` and that is covered, with its score with the gate lifted; None when there is none."""
    terms, w, a = context.terms, context.w, ca.id
    mine, spoke = terms[a], context.voices.get(a)
    best: tuple[float, str] | None = None
    for o in sharing(mine, index, OUTLET_SHARED):
        if spoke is not None and context.voices.get(o.id, spoke) != spoke:
            continue
        theirs = terms[o.id]
        if not _gated(mine, theirs, w) or not covered(mine, theirs, w) or _only_quoted(ca.text, mine, theirs, w):
            continue
        s = past_gates(mine, w.pieces.get(a, ()), theirs, w.pieces.get(o.id, ()), w)
        if best is None or s > best[0]:
            best = (s, o.id)
    return best


def _gated(mine: Terms, other: Terms, w: Weights) -> bool:
    """Whether the content gate alone turns the pair away (`counterparts.content_gated`, past the count of shared
    concepts)."""
    shared = mine.concepts & other.concepts
    return len(shared) >= OUTLET_SHARED and content_gated(mine, other, shared, w)


def _only_quoted(text: str, mine: Terms, other: Terms, w: Weights) -> bool:
    """Whether what the two claims both say is all inside the outlet sentence's quotation marks: a label it quotes
    ("what Stockholm calls 'the Baltic crisis' was not something it wanted to see") is its framing, not a report of a
    readout naming the same thing (issue 16: a scare quote is no echo, `quoted_phrases`)."""
    quotes = [text[q.start:q.end] for q in find_quotations(text)]
    if not quotes:
        return False
    inside = frozenset().union(*(text_terms(q, w.acronyms).concepts for q in quotes))
    return said(mine, w) & said(other, w) <= inside


def said(t: Terms, w: Weights) -> frozenset[str]:
    """What a claim says: its concepts less names, who the event is about, the setting, words nearly every claim
    uses and dates."""
    return frozenset(c for c in t.concepts - w.names - w.who - SETTING - w.common if not is_date(c))


def covered(mine: Terms, other: Terms, w: Weights) -> bool:
    """Whether what two claims both say is COVERED_SHARE or more of the weight of what the shorter side says (by
    weight; either side saying nothing is not covered)."""
    a, b = said(mine, w), said(other, w)
    if not a or not b:
        return False
    shorter = min(a, b, key=lambda s: (math.fsum(w.idf(c) for c in s), sorted(s)))
    return math.fsum(w.idf(c) for c in shorter & a & b) >= COVERED_SHARE * math.fsum(w.idf(c) for c in shorter)
