"""Recall: how long the call took says nothing of what was discussed; a claim naming its topics still only names them."""

from readout_viewer.core.language.countries import place_words
from readout_viewer.core.language.lexicon import concept
from readout_viewer.core.linking.mentions import topics
from readout_viewer.core.linking.similarity import terms

PLACES = frozenset(concept(word) for word in place_words(frozenset({"US", "RU"})))


def _topics(text: str) -> frozenset[str]:
    return topics(text, terms(text), PLACES)


def test_an_hour_long_conversation_focused_on_places_names_them():
    said = "The two leaders held an hour-long conversation focused on the war in Ukraine and the situation in Iran."
    assert _topics(said) == {concept("ukraine"), concept("iran")}
    assert _topics("They held a lengthy call of ninety minutes and discussed Iran.") == {concept("iran")}


def test_what_was_said_of_a_place_is_still_more_than_its_name():
    assert not _topics("The leaders held an hour-long call and discussed a grain corridor from the ports of Ukraine.")
