"""Recall: an outlet sentence that retells two claims of one readout ("reviewed the herring quotas ..., with a naval
patrol of the strait agreed") keeps its first counterpart and takes the second by the part of the sentence
the first does not explain (second_claims.left_over), not by the whole sentence that the first half dilutes."""

from readout_viewer.core.linking.second_claims import left_over
from readout_viewer.core.linking.terms import Terms
from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

QUOTAS = "The leaders reviewed the herring quotas and the cod tariffs of the coming season in detail."
PATROL = "Both sides agreed to launch a joint naval patrol of the northern strait before the winter storms."
READOUT = [
    "Norwegian Prime Minister Ola Berg held a telephone conversation today with Swedish President Ivan Sol.",
    QUOTAS,
    "Berg invited Sol to the autumn regatta in Bergen.",
    PATROL,
    "The leaders also exchanged views on the lighthouse heritage fund.",
]
COMPOUND = ("Berg and Sol reviewed in detail the herring quotas and the cod tariffs of the coming season for the "
            "fleets of the north and the harbours of the west coast, with a naval patrol of the strait agreed.")


def _linked(sentence: str) -> set[str]:
    north = text_doc("north", "\n\n".join(READOUT), side="NO")
    paper = text_doc("paper", "Fishermen in the north welcomed the call.\n\n" + sentence, role=OUTLET)
    return {b for a, b, _ in _links(paper, north) if a == sentence}


def test_a_compound_sentence_reports_both_claims_it_retells():
    assert _linked(COMPOUND) == {QUOTAS, PATROL}


def test_the_part_left_is_what_the_counterparts_do_not_share():
    mine = Terms(frozenset({"quota", "herring", "patrol", "strait"}), frozenset({("herring", "quota"),
                                                                                   ("patrol", "strait")}))
    first = Terms(frozenset({"quota", "herring", "season"}), frozenset())
    left = left_over(mine, [first])
    assert left.concepts == {"patrol", "strait"} and left.bigrams == {("patrol", "strait")}
