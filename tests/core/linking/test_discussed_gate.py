"""A claim is searched for what was discussed only when it holds one of the pattern's words: one without is not
searched, and every claim gives the answer the search gave."""

import random

from readout_viewer.core.linking import mentions

PIECES = ["discuss", "discussed", "discussion", "talk", "talked about", "talks", "touched upon", "touch on",
          "focused on", "focus", "mentions", "mentioned", " ", "  ", "\t", "about", "on", "upon", "x", "s", "ed",
          "the", "\u00e9", "-", "'"]


class _Refused:
    def search(self, *_):
        raise AssertionError("searched a claim without a word of discussing")


def test_a_claim_without_a_word_of_discussing_is_not_searched(monkeypatch):
    monkeypatch.setattr(mentions, "DISCUSSED", _Refused())
    assert not mentions.discusses("the two leaders agreed to meet again soon.")


def test_the_same_answers_as_a_search_of_every_claim():
    rng = random.Random(37)
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 8)))
        assert mentions.discusses(text) == (mentions.DISCUSSED.search(text) is not None), text
        found += mentions.discusses(text)
    assert found > 500
