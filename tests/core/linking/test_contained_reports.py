"""Recall: a short outlet sentence that retells one clause of a long official sentence ("Norway is ready for dialogue")
reports it when every content concept it has stands in that sentence, though the long sentence's other words thin
the score (outlet_passes.CONTAINED_CONTENT); a long sentence parts before "while" and a verb in -ing, a second act of
its subject (claim_parts._PIECES)."""

from readout_viewer.core.linking.claim_parts import parts
from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

LONG = ("The prime minister of Norway gave a thorough assessment of the development of the storms around the islands "
        "while confirming the readiness of the Norwegian side to dialogue on the herring quotas, which is still "
        "blocked by the harbour board and its Danish sponsors.")
READOUT = [
    "Norwegian Prime Minister Ola Berg held a telephone conversation today with Swedish President Ivan Sol.",
    LONG,
    "Berg invited Sol to the autumn regatta in Bergen.",
    "The leaders reviewed the fisheries accord and the tariffs for cod and salmon.",
]


def _linked(sentence: str) -> set[str]:
    north = text_doc("north", "\n\n".join(READOUT), side="NO")
    paper = text_doc("paper", "Fishermen in the north welcomed the call.\n\n" + sentence, role=OUTLET)
    return {b for a, b, _ in _links(paper, north) if a == sentence}


def test_a_short_retelling_of_one_clause_reports_the_long_sentence():
    assert _linked("Norway is ready for dialogue, the ministry said.") == {LONG}


def test_a_retelling_that_adds_a_thing_the_sentence_lacks_stays_unlinked():
    assert _linked("Norway is ready for dialogue on whaling, the ministry said.") == set()
    assert _linked("Norway is ready for a dialogue with Denmark, the ministry said.") == set()


def test_a_long_sentence_parts_before_while_and_a_verb_in_ing():
    assert any(p.startswith("confirming the readiness") for p in parts(LONG))
    assert not any(p.startswith("season") for p in parts("The fleets met while the season lasted, and sailed home."))
