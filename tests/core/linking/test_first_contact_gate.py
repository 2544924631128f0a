"""A claim is searched for a first contact since a date or in a span only when it holds the word "first": one without
is not searched, and every claim gives the answer the search gave."""

import random

from readout_viewer.core.linking import mentions

PIECES = ["first", "First", "FIRST", "the first", " call", " conversation", " talks", " contact", " time", " phone",
          " direct", " since", " in", " almost", " two", " years", " months", " December 2022", " ", "  ", "-",
          "x", "\u00e9", ".", ";", "firs", "t", "first call since", "first time in almost two years"]


class _Refused:
    def search(self, *_):
        raise AssertionError('searched a claim without the word "first"')


def test_a_claim_without_first_is_not_searched(monkeypatch):
    monkeypatch.setattr(mentions, "FIRST_SINCE", _Refused())
    assert not mentions.first_since("The leaders spoke for the second time since December.")


def test_the_same_answers_as_a_search_of_every_claim():
    rng = random.Random(41)
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 10)))
        assert mentions.first_since(text) == (mentions.FIRST_SINCE.search(text) is not None), text
        found += mentions.first_since(text)
    assert found > 300
