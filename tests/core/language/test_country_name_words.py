"""A word of a longer country name that alone is a title, an honorific, a person's name or a common word ("DR Congo",
"Sri Lanka", "Costa Rica", "El Salvador", "Sierra Leone", "Papua New Guinea") names no country alone: no country word
(which quotes, evidence and the unheard gate discount), no topic place of a call, no party's name; the whole name
still names its country."""

from readout_viewer.core.language.countries import COUNTRY_WORDS, code_of, name_words
from readout_viewer.core.language.places import place_words, places
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.readouts import _topic_places
from readout_viewer.core.quotes.parties import party_names
from readout_viewer.core.quotes.person import COUNTRY_NAMES

ALONE = ("dr", "sri", "costa", "salvador", "marino", "sierra", "ivory", "federated", "guinea", "tome")


def test_a_title_a_persons_name_or_a_common_word_of_a_longer_name_is_no_country_word():
    assert not COUNTRY_WORDS.intersection(ALONE)
    assert not place_words().intersection(ALONE)
    assert name_words("sri lanka") == ["lanka"] and name_words("costa rica") == ["rica"]


def test_dr_smith_and_antonio_costa_are_no_place_two_claims_share():
    topics = _topic_places(frozenset({"US", "RU"}))
    assert concept("costa") not in topics and concept("dr") not in topics
    assert concept("rica") in topics  # Costa Rica is still a place a call may discuss


def test_sri_and_costa_are_no_partys_name_nor_a_country_the_quotes_discount():
    assert concept("sri") not in COUNTRY_NAMES and concept("costa") not in COUNTRY_NAMES
    assert concept("costa") not in party_names({"CR"}, [])
    assert concept("rica") in party_names({"CR"}, [])


def test_the_whole_name_still_names_its_country():
    assert code_of("Costa Rica") == "CR" and code_of("El Salvador") == "SV" and code_of("Sri Lanka") == "LK"
    assert code_of("DR Congo") == "CD" and code_of("Sierra Leone") == "SL" and code_of("Papua New Guinea") == "PG"
    assert {code for code, _, _ in places("Aid was sent to Costa Rica and to Sierra Leone.")} == {"CR", "SL"}
