"""Verbs of a stand against something ("opposes", "prevent") are no shared content (lexicon.STANCE_WORDS)."""

from readout_viewer.core.linking.similarity import score
from readout_viewer.core.linking.terms import terms
from readout_viewer.core.linking.weights import Weights

_FOLDER = ["Norland stands for calm seas and opposes war.",
           "Premier Sol emphasized that Sudland continues to oppose any unilateral changes to the fishing limits.",
           "Berg voiced readiness for talks to prevent the dispute from worsening.",
           "Sol detailed efforts to prevent and then answer the blockade, including by closing ports.",
           "Premier Berg said Norland opposes unilateral changes to the fishing limits.",
           "The ferry to the islands runs twice a week.",
           "The harbour authority published new tide tables.",
           "Berg welcomed the chance to speak candidly about his priorities.",
           "Sol welcomed the progress on the salmon quota since the summer."]


def test_two_readouts_claims_sharing_only_a_verb_of_opposing_or_preventing_do_not_match():
    bags = [terms(t) for t in _FOLDER]
    w = Weights(bags)
    assert score(bags[0], bags[1], w, names_only=1.0) == 0.0
    assert score(bags[2], bags[3], w, names_only=1.0) == 0.0


def test_a_stand_on_the_same_thing_still_matches():
    bags = [terms(t) for t in _FOLDER]
    w = Weights(bags)
    assert score(bags[1], bags[4], w, names_only=1.0) > 0.4


def test_claims_sharing_only_a_welcome_do_not_match():
    bags = [terms(t) for t in _FOLDER]
    assert score(bags[7], bags[8], Weights(bags), names_only=1.0) == 0.0
