"""Recall: a claim that only names the places discussed (its first clause, or with how long the call took, or "among
the topics") names them."""

from readout_viewer.core.language.places import place_words
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.places_discussed import topics
from readout_viewer.core.linking.terms import terms

PLACES = frozenset(concept(word) for word in place_words(frozenset({"US", "RU"})))


def _topics(text: str) -> frozenset[str]:
    return topics(text, terms(text), PLACES)


def test_an_hour_long_conversation_focused_on_places_names_them():
    said = "The two leaders held an hour-long conversation focused on the war in Ukraine and the situation in Iran."
    assert _topics(said) == {concept("ukraine"), concept("iran")}
    assert _topics("They held a lengthy call of ninety minutes and discussed Iran.") == {concept("iran")}


def test_what_was_said_of_a_place_is_still_more_than_its_name():
    assert not _topics("The leaders held an hour-long call and discussed a grain corridor from the ports of Ukraine.")


def test_a_claim_names_its_topics_in_its_first_clause():
    said = ("The two presidents discussed the situation in Ukraine and the peaceful settlement of the conflict, a spokesman "
            "said, stressing that Sol embraced a quick ceasefire and a lasting solution of the problem.")
    assert _topics(said) == {concept("ukraine")}


def test_a_list_of_topics_is_not_cut_at_its_first_comma():
    said = "Television said they discussed Iran, democracy and human rights, trade, energy safety and climate change."
    assert not _topics(said)


def test_the_leaders_named_at_a_sentence_start_are_who_discussed_not_what():
    said = "Berg and Sol discussed the war in Ukraine and possible peace talks during the call, the first since May."
    assert not _topics(said)  # "Berg", first word of the sentence, reads as a word of its own
    assert topics(said, terms(said), PLACES, frozenset({"berg", "sol"})) == {concept("ukraine")}


def test_a_place_among_the_topics_discussed_is_named():
    said = "Sol said last week that Iran was among the topics discussed with Berg."
    assert topics(said, terms(said), PLACES, frozenset({"berg", "sol"})) == {concept("iran")}
