"""A link's relation, judged on the part of each of its claims that reports the other."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from readout_viewer.core.linking.claim_parts import parts, reported
from readout_viewer.core.linking.relations import relate
from readout_viewer.core.linking.similarity import score
from readout_viewer.core.linking.terms import Terms
from readout_viewer.core.linking.terms import terms as text_terms
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim, Link

# Long claims whose parts' terms are kept while their links' relations are judged: more than a folder of 2,000
# articles has linked.
PART_CACHE = 1 << 14


def related(a: Claim, b: Claim, s: float, dates: tuple[str | None, str | None], terms: Mapping[str, Terms],
             w: Weights, reports: bool = False) -> Link:
    """The link of two claims, its relation judged on the parts of each that report the other: a long sentence's
    other part ("almost half a year after promising …, Biden apparently decided that the US will 'continue
    practical cooperation …'") neither agrees nor diverges with what it does not report."""
    return relate(reporting_part(a, terms[b.id], terms, w), reporting_part(b, terms[a.id], terms, w), s, dates,
                  reports)


def reporting_part(claim: Claim, other: Terms, terms: Mapping[str, Terms], w: Weights) -> Claim:
    """The claim, or its part (claim_parts.parts) that scores higher with the other claim than the whole does."""
    pieces = _part_terms(claim.text, w.acronyms) if claim.id in w.pieces else ()
    if not pieces:
        return claim
    whole = score(terms[claim.id], other, w)
    top, piece = max((score(t, other, w), p) for p, t in pieces)
    return replace(claim, text=piece) if top > whole else claim


@lru_cache(maxsize=PART_CACHE)
def _part_terms(text: str, acronyms: frozenset[str]) -> tuple[tuple[str, Terms], ...]:
    """A long claim's parts with their terms, worked out once for all of the claim's links."""
    return tuple((p, text_terms(reported(p), acronyms)) for p in parts(text))
