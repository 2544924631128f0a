"""A government's "we" may be rendered from a passage naming a party of the call (its side's country, or a country its
first sentence names), not from one naming only a country the call is about ("the situation in Bangladesh")."""

from readout_viewer.core.language.text import tokens
from readout_viewer.core.quotes import translation
from readout_viewer.core.quotes.parties import party_names
from readout_viewer.core.quotes.source_text import SourceText
from readout_viewer.core.quotes.translation import ConceptText, Passage, Word

OPENING = "President Biden spoke with President-elect of Argentina Javier Milei to congratulate him."
TEXT = "The two leaders expressed concern over the situation in Bangladesh. India and the United States agreed."


def _passage(sentence: int, parties: frozenset[str]) -> Passage:
    text = ConceptText(SourceText("mea", TEXT, tokens(TEXT)).settle(frozenset()), TEXT, parties)
    cut = next(i for i, s in enumerate(text.sentence) if s == 1)
    first, last = (0, cut) if sentence == 0 else (cut, len(text.concepts))
    return Passage(text, first, last, 4, 1.0, 1.0, 1.0, 0, 0)


def _we() -> list[Word]:
    return [Word(w, 0, 0) for w in "we also discussed the situation".split()]


def test_the_parties_are_the_sides_and_the_countries_the_first_sentence_names():
    found = party_names({"US"}, [OPENING + " They discussed Bangladesh."])
    assert {translation.concept(w) for w in ("argentina", "united", "states", "american")} <= found
    assert translation.concept("bangladesh") not in found


def test_a_we_is_not_rendered_by_a_passage_naming_only_a_country_it_is_about():
    parties = party_names({"IN"}, ["Prime Minister Modi took a call from the President of the United States. " + TEXT])
    assert not translation._same_person(_we(), _passage(0, parties))  # "in Bangladesh": no party named
    assert translation._same_person(_we(), _passage(1, parties))  # "India and the United States"
