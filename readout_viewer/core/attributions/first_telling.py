"""A point an outlet tells twice (its standfirst, then its body quoting the source): listed at its first telling."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from readout_viewer.core.attributions.statements import content
from readout_viewer.core.model import Claim

# A text that opens on a leader's point and then quotes the source's words for it ("The world must be just and stable,
# based on the principles of international law ..., Zelenskyy has said" in the standfirst, and the post's "Peace must
# be just and sustainable, based on the principles of international law ..." below) reports the point once: where the
# reader first meets it. An earlier sentence holding this share of the later one's content words tells the same point
# (one word in four may differ: "world"/"peace", "stable"/"sustainable" of eight shared).
SAME_POINT = 0.75
# Fewer content words than this say too little to be matched as the same point ("Peace is needed").
MIN_POINT_WORDS = 5


def first_telling(claim: Claim, claims: Sequence[Claim], open_to: Callable[[Claim], bool]) -> Claim:
    """The claim of the same text before `claim` that tells its point (`SAME_POINT`) and may be listed in its place
    (`open_to`: not the headline, not linked to an official text), the earliest; else `claim` itself."""
    words = content(claim.text)
    if len(words) < MIN_POINT_WORDS:
        return claim
    for other in claims:
        if other.start >= claim.start:
            break
        if other.is_statement and len(words & content(other.text)) >= SAME_POINT * len(words) and open_to(other):
            return other
    return claim
