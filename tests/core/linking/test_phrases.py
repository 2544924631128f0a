"""Recall: a topic that "came up" or was "brought up" was raised."""

from readout_viewer.core.language.synonyms import phrases
from readout_viewer.core.linking.terms import terms


def test_a_topic_that_came_up_was_raised():
    said = terms("Human rights came up at various points.").concepts
    assert said & terms("President Biden raised human rights.").concepts >= {"rais"}
    assert "rais" in terms("He brought up the detained journalists.").concepts


def test_coming_up_with_a_plan_is_not_raising_it():
    assert phrases("they came up with a plan").split() == ["they", "came", "up", "with", "a", "plan"]
