"""An outlet sentence linked to nothing that says a place was discussed, and what of it, reports the one readout
sentence naming that place when the two share two content words besides it (`places_discussed.discussed_places`)."""

from tests.builders import OUTLET, linked_starts, text_doc

READOUT = ("Norwegian Prime Minister Lars Berg held a telephone talk with Swedish Prime Minister Eva Sol.\n\n"
           "The leaders reviewed the importance of continued close consultation on herring quotas and the protection "
           "of the spawning grounds shared by the fleets of every coastal state, including Finland.\n\n"
           "The two premiers agreed to reopen the ferry line across the northern strait next spring.")


def _linked(news: str) -> set[tuple[str, str]]:
    return linked_starts(text_doc("news", news, role=OUTLET), text_doc("readout", READOUT, side="NO"))


def test_a_place_discussed_with_two_words_of_what_reports_the_one_sentence_naming_it():
    news = "It added that the two discussed the dwindling herring quotas off Finland."
    assert ("It added that the tw", "The leaders reviewed") in _linked(news)


def test_a_place_with_one_shared_word_is_not_linked_so():
    news = "It added that the two discussed the dwindling cod stocks and herring off Finland."
    assert not any(a.startswith("It added") for a, _ in _linked(news))


def test_a_place_not_said_to_be_discussed_is_not():
    news = "Sol once fished for herring quotas off Finland."
    assert not any(a.startswith("Sol once") for a, _ in _linked(news))


def test_a_text_that_mentions_a_place_names_it_as_discussed():
    assert ("The statement only m", "The leaders reviewed") in _linked("The statement only mentions Finland.")
