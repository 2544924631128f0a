"""An upper bound on `similarity.score` from what two claims' terms hold alone, to refuse pairs before scoring them."""

from __future__ import annotations

import math
from collections import Counter
from itertools import accumulate

from readout_viewer.core.linking.similarity import BIGRAM_WEIGHT, SETTING, mention
from readout_viewer.core.linking.terms import Terms
from readout_viewer.core.linking.weights import Weights

# The bound is compared with a threshold less this share of it: the score sums its weights in another order than
# the bound (math.fsum against running sums), and a pair scoring the threshold exactly must never be refused for a
# rounding; 1e-9 is far above any float sum's error over a claim's few dozen weights and far below any score's step.
SLACK = 1e-9


class Reach:
    """What one claim can bring to `similarity.score` against any other (with `names_only` 0).

    The score is share × thin × dot / √(mass_a × mass_b) (at most 1), with share and thin at most 1 and dot the
    weights of the shared concepts plus BIGRAM_WEIGHT × the lesser weight of each shared adjacent pair. Every shared
    pair (x, y) is a pair of the claim whose second concept y is shared, and its lesser weight is at most y's: so
    dot ≤ the sum over the shared concepts c of weight(c) × (1 + BIGRAM_WEIGHT × the pairs of the claim ending in c),
    c's capacity here, on either side; with k concepts shared, at most the k largest capacities (`top[k]`). The
    score is 0 unless the two share a concept that is no name nor setting (`content`) or both only mention the
    meeting (`mentions`)."""

    __slots__ = ("capacity", "concepts", "content", "mass", "mentions", "top")

    def __init__(self, t: Terms, w: Weights) -> None:
        ends = Counter(y for _, y in t.bigrams)
        weight = w.weight
        self.concepts = t.concepts
        self.capacity = {c: weight[c] * (1.0 + BIGRAM_WEIGHT * ends[c]) for c in t.concepts}
        self.top = [0.0, *accumulate(sorted(self.capacity.values(), reverse=True))]  # the k largest together: top[k]
        self.mass = w.mass(t)
        self.content = t.concepts - w.names - SETTING
        self.mentions = mention(t, w)

    def may_reach(self, other: Reach, shared: int, threshold: float) -> bool:
        """Whether the two claims, sharing `shared` concepts, may score `threshold` or more: False only when
        `similarity.score` is sure to give less. The cheap tests first: a content concept shared, the largest
        capacities; then this claim's capacities of the concepts shared."""
        if self.content.isdisjoint(other.content) and not (self.mentions and other.mentions):
            return False
        floor = threshold * (1.0 - SLACK) * math.sqrt(self.mass * other.mass)
        if min(self.top[shared], other.top[shared]) < floor:
            return False
        return math.fsum(map(self.capacity.__getitem__, self.concepts & other.concepts)) >= floor
