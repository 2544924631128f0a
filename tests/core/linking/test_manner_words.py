"""Words of how a thing was said ("stressed the importance of") are no shared content (lexicon.MANNER_WORDS)."""

from readout_viewer.core.linking.similarity import mention, score
from readout_viewer.core.linking.terms import terms
from readout_viewer.core.linking.weights import Weights

_FOLDER = ["Premier Berg and his counterpart Sol both emphasised the importance of cooperation when they met.",
           "Premier Berg also underscored the importance of managing risks at sea.",
           "Premier Berg raised the fishing quota for the northern strait.",
           "Premier Sol reaffirmed the ban on drift nets.",
           "Premier Berg reiterated his support for the ban on drift nets.",
           "The ferry to the islands runs twice a week.",
           "The harbour authority published new tide tables."]


def _folder() -> tuple[list, Weights]:
    bags = [terms(t) for t in _FOLDER]
    return bags, Weights(bags)


def test_claims_sharing_only_a_verb_of_stressing_and_its_importance_do_not_match():
    bags, w = _folder()
    assert score(bags[0], bags[1], w) == 0.0  # an outlet's sentence: names and manner alone are nothing


def test_a_claim_that_says_more_in_manner_words_is_no_mention_of_the_meeting():
    bags, w = _folder()
    assert not mention(bags[0], w)


def test_manner_words_still_add_to_a_match_on_content():
    bags, w = _folder()
    assert score(bags[3], bags[4], w) > 0.3  # "the ban on drift nets" carries it
