"""To reach a ceasefire is to achieve it ("pledged to achieve a ceasefire" / "agreed to act to reach a ceasefire"): the
two verbs were two concepts, while an "achievement" is a thing done, not a goal reached (synonyms.WORD_GROUPS,
synonyms.WORD_SENSES)."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.terms import terms

OUTLET = "Berg and Sol pledged to achieve a truce on the northern strait."
READOUT = "The premiers agreed to keep working to reach a truce on the northern strait."


def test_achieve_and_reach_are_one_concept_that_an_outlet_and_a_readout_share():
    assert concept("achieve") == concept("achieved") == concept("reach") == concept("reached")
    assert concept("reach") in terms(OUTLET).concepts & terms(READOUT).concepts


def test_an_achievement_is_no_goal_reached():
    assert concept("achievements") != concept("reach")
    assert concept("achievement") != concept("reach")
