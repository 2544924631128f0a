"""Recall: an outlet sentence that retells a readout's line and, in a clause of its own, the line right after it
("..., a relief for coastal villages that feared losing their winter trade") takes that next line from the reports'
floor (second_claims.NEAR_THRESHOLD); the same clause against a line elsewhere in the text stays under the outlet
pass's floor (second_claims.LEFT_THRESHOLD)."""

from readout_viewer.core.linking.second_claims import beside
from readout_viewer.core.model import OUTLET, Claim
from tests.builders import text_doc
from tests.core.linking.test_align import _links

CALL = "Norwegian Prime Minister Ola Berg held a telephone conversation today with Swedish President Ivan Sol."
QUOTAS = "Premier Berg and President Sol agreed to extend the herring quotas of the northern fleets for three more seasons."
VILLAGES = "This will let the coastal villages keep their harbours open and plan the winter markets."
FUND = "The leaders also exchanged views on the lighthouse heritage fund."
SENTENCE = ("Berg and Sol agreed to extend the herring quotas of the northern fleets for three more seasons, a relief for "
            "coastal villages that feared losing their winter trade and fishing jobs.")


def _linked(lines: list[str]) -> set[str]:
    north = text_doc("north", "\n\n".join(lines), side="NO")
    paper = text_doc("paper", "Fishermen in the north welcomed the call.\n\n" + SENTENCE, role=OUTLET)
    return {b for a, b, _ in _links(paper, north) if a == SENTENCE}


def test_the_line_after_the_one_retold_is_taken_from_the_lower_floor():
    assert _linked([CALL, QUOTAS, VILLAGES, FUND]) == {QUOTAS, VILLAGES}


def test_the_same_line_further_away_is_not():
    assert _linked([CALL, QUOTAS, FUND, VILLAGES]) == {QUOTAS}


def test_beside_is_the_line_before_and_after_within_the_text():
    claims = [Claim(f"r#{n}", "r", n, n + 1, "x") for n in range(1, 5)]
    assert beside(["r#1"], claims) == {"r#2"}
    assert beside(["r#3"], claims) == {"r#2", "r#4"}
    assert beside(["elsewhere#1"], claims) == frozenset()
