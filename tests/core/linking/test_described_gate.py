"""The word gate before ledes._DESCRIBED (the words that describe the call between its article and its noun): a claim
holding none of the call's nouns, made caseless, is one the pattern finds nothing in, so it is not searched."""

from readout_viewer.core.language.lexicon import CALL_NOUN_WORDS
from readout_viewer.core.language.text import holds_any
from readout_viewer.core.linking import ledes
from readout_viewer.core.linking.weights import Weights
from tests.core.linking.gates import Refused, same_answers

# Pieces of sentences: articles, describing words, each noun in several cases and spacings, the letters re.IGNORECASE
# takes for ASCII ones (a Kelvin sign, a long s) and near misses ("recall", "meet", "conferences", "talked").
PIECES = ("a ", "an ", "the ", "Their ", "HIS ", "her ", "long ", "very good ", "in-depth ", "\u201cfrank\u201d ",
          "\U0001f4de ", "productive ", "call", "phone call", "CALL", "conversation", "conver\u017fation", "talks",
          "Tal\u212a", "exchange", "meeting", "Summit", "discussion", "videoconference", "video conference",
          "recall", "meet", "conferences", "talked", " ", "  ", ", ", "Biden ", "with ")


def test_the_gate_gives_the_search_s_answer():
    same_answers(lambda t: holds_any(t, ledes._DESCRIBED_WORDS) and ledes._DESCRIBED.search(t) is not None,
                 ledes._DESCRIBED, PIECES, seed=51, longest=8, least_found=150)


def test_each_noun_holds_a_word_of_the_gate_and_each_word_is_needed():
    nouns = CALL_NOUN_WORDS.split("|") + ["talk"]
    assert all(holds_any(noun, ledes._DESCRIBED_WORDS) for noun in nouns)
    for word, text in (("call", "had a long call with"), ("conversation", "a frank conversation"),
                       ("talk", "their good talks"), ("exchange", "a candid exchange"),
                       ("meeting", "the warm meeting"), ("summit", "a historic summit"),
                       ("discussion", "a long discussion"), ("conference", "a long videoconference")):
        assert ledes._DESCRIBED.search(text) is not None
        assert not holds_any(text, tuple(w for w in ledes._DESCRIBED_WORDS if w != word)), text


def test_a_claim_without_the_words_is_not_searched(monkeypatch):
    w = Weights([])
    assert ledes._told_how("President Biden had a long and productive call with President Xi.", w)
    monkeypatch.setattr(ledes, "_DESCRIBED", Refused("a noun of the call"))
    assert ledes._told_how("The leaders agreed to a pause in strikes on energy sites.", w) == frozenset()
