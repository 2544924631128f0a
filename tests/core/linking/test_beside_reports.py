"""An outlet sentence linked to nothing beside one that reports an official claim retells the claim next to that one
when the two share one content concept and score from BESIDE_FLOOR (`beside_reports`), or from SEQUEL_FLOOR when it
comes right after the sentence reporting the claim before; a sentence with no linked neighbour, one under the floor,
one whose claim stands farther from the neighbour's, or one already linked does not."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.beside_reports import BESIDE_FLOOR, SEQUEL_FLOOR, beside_reports
from readout_viewer.core.linking.context import context_for
from readout_viewer.core.linking.pairs import document_pairs
from tests.builders import OUTLET, linked_starts, text_doc

READOUT = ("Norwegian Prime Minister Lars Berg held a telephone talk with Swedish Prime Minister Eva Sol.\n\n"
           "The two premiers agreed to reopen the ferry line across the northern strait next spring, and to share "
           "the cost of new harbour cranes in both island towns.\n\n"
           "Prime Minister Berg thanked Prime Minister Sol for the warm welcome given to Norwegian fishing crews.\n\n"
           "They also discussed energy prices and the winter grid.")
FERRY = "Berg and Sol agreed to reopen the ferry line across the northern strait next spring."  # reports #2
FLEETS = "Norwegian fishing fleets were praised."  # retells #3 sharing one content concept ("fishing")
ASIDE = "Critics doubt the plan."
AGAIN = "Tickets will cost more."


def _reported(news: str, kept: dict[tuple[str, str], float]) -> dict[tuple[str, str], float]:
    docs = [text_doc("news", news, role=OUTLET), text_doc("readout", READOUT, side="N")]
    claims_of = {d.id: segment(d) for d in docs}
    return beside_reports(kept, document_pairs(docs), context_for(docs, claims_of))


def _linked(news: str) -> set[tuple[str, str]]:
    return linked_starts(text_doc("news", news, role=OUTLET), text_doc("readout", READOUT, side="N"))


def test_a_sentence_beside_a_linked_one_retells_the_claim_next_to_its_neighbours():
    found = _reported(f"{FERRY} {FLEETS} {ASIDE}", {("e/news#1", "e/readout#2"): 1.0})
    assert list(found) == [("e/news#2", "e/readout#3")]
    assert found[("e/news#2", "e/readout#3")] >= BESIDE_FLOOR
    assert ("Norwegian fishing fl", "Prime Minister Berg ") in _linked(f"{FERRY} {FLEETS} {ASIDE}")  # not on main


def test_the_neighbour_may_come_after_it():
    assert list(_reported(f"{ASIDE} {FLEETS} {FERRY}", {("e/news#3", "e/readout#2"): 1.0})) == \
        [("e/news#2", "e/readout#3")]


def test_a_sentence_with_no_linked_neighbour_is_not_linked_so():
    news = f"{FERRY} {ASIDE} {AGAIN} {FLEETS}"
    assert _reported(news, {("e/news#1", "e/readout#2"): 1.0}) == {}
    assert not any(a.startswith("Norwegian fishing") for a, _ in _linked(news))


def test_a_claim_farther_from_the_neighbours_claim_is_not_taken():
    # the neighbour reports the call line (#1): the fishing crews' line (#3) stands two statements away
    assert _reported(f"{FERRY} {FLEETS} {ASIDE}", {("e/news#1", "e/readout#1"): 1.0}) == {}


PRAISED = "Norway's fishing fleets were praised."  # "Norway's" is no word of the readout's: 0.24 against #3


def test_a_sentence_under_the_floor_is_not_linked_so():
    # its neighbour comes after it: the crews' line (#3) is the one after the neighbour's (#2), not the one after
    # the claim of the sentence before it, so the floor is BESIDE_FLOOR's
    news = f"{ASIDE} {PRAISED} {FERRY}"
    assert _reported(news, {("e/news#3", "e/readout#2"): 1.0}) == {}


def test_a_sentence_right_after_a_report_retells_the_next_claim_from_a_lower_floor():
    found = _reported(f"{FERRY} {PRAISED} {ASIDE}", {("e/news#1", "e/readout#2"): 1.0})
    assert list(found) == [("e/news#2", "e/readout#3")]  # not on main: 0.24, under BESIDE_FLOOR
    assert SEQUEL_FLOOR <= found[("e/news#2", "e/readout#3")] < BESIDE_FLOOR
    assert ("Norway's fishing fle", "Prime Minister Berg ") in _linked(f"{FERRY} {PRAISED} {ASIDE}")


def test_the_lower_floor_is_for_the_claim_after_the_previous_sentences_only():
    # the sentence before reports the call line (#1): the crews' line (#3) is not the next claim
    assert _reported(f"{FERRY} {PRAISED} {ASIDE}", {("e/news#1", "e/readout#1"): 1.0}) == {}
    # right after the ferry report but under SEQUEL_FLOOR (0.19, "captains" and "passing" are no words of #3)
    news = f"{FERRY} Norway's fishing fleets and their captains were praised in passing. {ASIDE}"
    assert _reported(news, {("e/news#1", "e/readout#2"): 1.0}) == {}


def test_a_sentence_already_linked_gets_nothing_more():
    kept = {("e/news#1", "e/readout#2"): 1.0, ("e/news#2", "e/readout#4"): 0.5}
    assert _reported(f"{FERRY} {FLEETS} {ASIDE}", kept) == {}


def test_a_sentence_whose_words_point_to_another_claim_of_the_text_is_not_linked_so():
    # it shares "ferry" and "line" with the ferry claim (#2): two content concepts, as against one with the crews' line
    news = f"{FERRY} Norwegian fishing fleets were praised by the ferry line. {ASIDE}"
    assert _reported(news, {("e/news#1", "e/readout#2"): 1.0}) == {}
    assert list(_reported(f"{FERRY} {FLEETS} {ASIDE}", {("e/news#1", "e/readout#2"): 1.0})) == \
        [("e/news#2", "e/readout#3")]



def _beside_ferry(sentence: str, readout: str = READOUT) -> dict[tuple[str, str], float]:
    docs = [text_doc("news", f"{FERRY} {sentence} {ASIDE}", role=OUTLET), text_doc("readout", readout, side="N")]
    claims_of = {d.id: segment(d) for d in docs}
    return beside_reports({("e/news#1", "e/readout#2"): 1.0}, document_pairs(docs), context_for(docs, claims_of))


def test_a_name_as_the_one_concept_shared_is_not_taken():
    # two mentions of the call sharing the place it was held from (0.55 against the call line beside the ferry's)
    readout = READOUT.replace("a telephone talk with", "a telephone talk from Lindhaven with")
    assert _beside_ferry("Berg spoke by phone with Sol from Lindhaven.", readout) == {}


def test_another_leaders_meeting_is_not_taken():
    # 0.39 against the crews' line, sharing "fishing": but it names a leader the readout does not
    assert _beside_ferry("Norwegian fishing fleets were praised by Indian Prime Minister Raj Dahl.") == {}
    assert list(_beside_ferry(FLEETS)) == [("e/news#2", "e/readout#3")]
