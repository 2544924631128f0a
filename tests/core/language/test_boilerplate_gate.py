"""Page furniture anywhere in a sentence is looked for only in a sentence that holds one of its words."""

import random

import pytest

from readout_viewer.core.language import kinds
from readout_viewer.core.model import BOILERPLATE, STATEMENT

# One sentence for each of _BOILERPLATE_ANYWHERE's alternatives, in its order, in the cases a page writes them
# (the Kelvin sign, a long s and a dotless i are letters the case-insensitive pattern takes for "k", "s" and "i").
_FURNITURE = ["\u2014 Jane Roe (@janeroe) July 3, 2025", "He said the following:", "We have compiled the key points",
              "THE ADVERTISEMENT HAS NOT LOADED", "This video has failed to load.", "Try refreshing your browser.",
              "This text was machine-translated.", "Automatically generated summary",
              "The views expressed are the author's own.", "It does not necessarily reflect our position.",
              "This story has been updated.", "This article was amended.", "This article was updated",
              "mac\u0131ne translated", "This \u017ftory was corrected", "the views expre\u017f\u017fed are my own",
              "we have compiled the \u212aey points"]


def test_every_kind_of_furniture_holds_one_of_the_words_the_search_waits_for():
    for sentence in _FURNITURE:
        found = kinds._BOILERPLATE_ANYWHERE.search(sentence) is not None
        assert kinds.boilerplate_anywhere(sentence) == found, sentence
    assert sum(kinds.boilerplate_anywhere(s) for s in _FURNITURE) >= len(_FURNITURE) - 1  # "mac\u0131ne" is no machine


class _Unsearchable:
    def search(self, *args: object) -> None:
        raise AssertionError("searched")


def test_a_sentence_without_any_of_the_words_is_not_searched_for_furniture(monkeypatch: pytest.MonkeyPatch):
    assert kinds.kind_of("This article was updated on Friday.") == BOILERPLATE
    monkeypatch.setattr(kinds, "_BOILERPLATE_ANYWHERE", _Unsearchable())
    assert kinds.kind_of("The two leaders discussed trade, energy and the war in Ukraine.") == STATEMENT


def test_the_gate_finds_what_the_search_finds_in_random_sentences():
    pieces = ["This", "article", "story", "video", "has", "been", "updated", "the", "following", ":", "views",
              "expressed", "are", "author", "necessarily", "reflect", "(@x)", "july", "3,", "2025", "machine",
              "translated", "-", "generated", "Automatically", "compiled", "key", "points", "advertisement", "not",
              "loaded", "try", "refreshing", "your", "browser", "\u017f", "\u212a", "\u0130", "\u0131", "Putin",
              "said", "talks"]
    rng = random.Random(16)
    for _ in range(4000):
        sentence = rng.choice(["", " "]).join(rng.choice(pieces) + rng.choice([" ", "", "  "])
                                               for _ in range(rng.randint(1, 9)))
        expected = kinds._BOILERPLATE_ANYWHERE.search(sentence) is not None
        assert kinds.boilerplate_anywhere(sentence) == expected, sentence
