"""`score_bound.Reach` refuses a pair of claims only when `similarity.score` gives it less than the threshold, at
every threshold and whatever the two share (repeated words, adjacent pairs, names, a mention of the meeting), and the
sibling pass's sieve over it finds exactly what scoring every pair of wordings finds."""

from readout_viewer.core.linking.score_bound import Reach
from readout_viewer.core.linking.sibling_reports import SIBLING_SCORE, SIBLING_SHARED, _alike
from readout_viewer.core.linking.similarity import score
from readout_viewer.core.linking.terms import terms
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim

SENTENCES = (
    "Berg and Sol agreed to reopen the ferry line across the northern strait next spring.",
    "The two premiers agreed to reopen the ferry line across the northern strait.",
    "Berg and Sol agreed to reopen the ferry line, the harbour board said.",
    "The ferry line will reopen across the strait, the harbour board said on Monday.",
    "Prime Minister Berg spoke by telephone with Prime Minister Sol on Monday.",
    "Berg spoke with Sol by telephone on Monday.",
    "Berg held a telephone call with Sol.",
    "Ferry ferry ferry line line line strait strait.",  # one word told over and over: many pairs end in it
    "Strait ferry line strait ferry line strait ferry.",
    "They discussed energy prices and the winter grid.",
    "Energy prices and the winter grid were discussed, Berg said.",
    "Sol said the grid would hold through the winter despite high energy prices.",
    "Fishing quotas in the northern strait were not discussed.",
    "Ferry line.",
    "The harbour board said nothing.",
)
THRESHOLDS = (0.2, 0.4, 0.5, SIBLING_SCORE, 0.7, 0.8, 0.95)


def _terms() -> tuple[list, Weights]:
    ts = [terms(s) for s in SENTENCES]
    return ts, Weights(ts)


def test_a_pair_refused_scores_under_the_threshold_at_every_threshold():
    ts, w = _terms()
    reach = [Reach(t, w) for t in ts]
    refused = kept = 0
    for i, a in enumerate(ts):
        for j, b in enumerate(ts):
            shared = len(a.concepts & b.concepts)
            if not shared:
                continue
            s = score(a, b, w)
            for threshold in THRESHOLDS:
                if reach[i].may_reach(reach[j], shared, threshold):
                    kept += 1
                else:
                    refused += 1
                    assert s < threshold, (SENTENCES[i], SENTENCES[j], threshold, s)
    assert refused and kept  # the bound refuses some pairs and keeps others: it is no constant


def test_the_bound_keeps_a_pair_scoring_exactly_its_own_score():
    ts, w = _terms()
    reach = [Reach(t, w) for t in ts]
    for i, a in enumerate(ts):
        for j, b in enumerate(ts):
            shared = len(a.concepts & b.concepts)
            if shared and score(a, b, w) > 0:
                assert reach[i].may_reach(reach[j], shared, score(a, b, w))


def test_the_sieved_siblings_are_those_every_pair_scored_finds():
    ts, w = _terms()
    claims = [Claim(f"d{n % 3}#{n}", f"d{n % 3}", 0, len(s), s) for n, s in enumerate(SENTENCES)]
    told = {("e", t): [c] for t, c in zip(ts[::2], claims[::2])}
    unlinked = {("e", t): [c] for t, c in zip(ts[1::2], claims[1::2])}
    unlinked[("other", ts[0])] = [claims[0]]  # another event's wording: no sibling of this event's
    expected = {}
    for (event, t) in unlinked:
        near = [x for (e, u), xs in told.items() for x in xs if e == event
                and len(t.concepts & u.concepts) >= SIBLING_SHARED and score(t, u, w) >= SIBLING_SCORE]
        if near:
            expected[(event, t)] = near
    assert expected  # the literal inputs hold siblings to find
    assert _alike(told, unlinked, w) == expected

