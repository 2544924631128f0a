"""This session's rules asked only what can change their answer (speed24): a document's claims are counted for the
concepts an outlet sentence shares with them only when the document holds enough of those concepts at all
(`counterparts.sharing`, asked once more for every sentence by links34's `_may_say_alike`)."""

import random
from collections import Counter

from readout_viewer.core.linking.counterparts import sharing
from readout_viewer.core.linking.terms import Terms
from readout_viewer.core.model import Claim


class _Unread(list):
    """A concept's claims that fail the test when they are read at all."""

    def __iter__(self):
        raise AssertionError("counted the claims of a document holding too few of the concepts")


def _claim(n: int) -> Claim:
    return Claim(id=f"d#{n}", doc="d", start=0, end=1, text="x")


def _terms(*concepts: str) -> Terms:
    return Terms(frozenset(concepts), frozenset())


def test_a_document_holding_too_few_of_the_concepts_is_not_counted():
    index = {"tariff": _Unread([_claim(1)]), "harbour": _Unread([_claim(1)])}
    assert sharing(_terms("tariff", "harbour", "salmon"), index, 3) == []


def test_the_claims_sharing_enough_come_first_met_as_before():
    rng = random.Random(24)
    words = [f"w{i}" for i in range(8)]
    for _ in range(2000):
        claims = [_claim(n) for n in range(6)]
        index: dict[str, list[Claim]] = {}
        for c in claims:
            for w in rng.sample(words, rng.randint(0, 5)):
                index.setdefault(w, []).append(c)
        mine = _terms(*rng.sample(words, rng.randint(0, 6)))
        least = rng.randint(1, 4)
        near = [o for c in mine.concepts for o in index.get(c, ())]
        counts = Counter(o.id for o in near)
        expected = list({o.id: o for o in near if counts[o.id] >= least}.values())
        assert sharing(mine, index, least) == expected
