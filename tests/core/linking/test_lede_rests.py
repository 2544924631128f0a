"""What an outlet lede says after its opening (the call) is scored alone: it may report a readout's claim."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.context import context_for
from readout_viewer.core.linking.lede_passes import lede_rests
from readout_viewer.core.linking.pairs import document_pairs
from readout_viewer.core.model import OUTLET
from tests.builders import text_doc

READOUT = text_doc("readout", "President Ola Berg of Norway spoke today with President Per Sol of Sweden.\n\nThe two "
                   "leaders agreed that joint patrols are urgently needed so that the northern fishing grounds can be "
                   "reopened to both fleets.\n\nThey also discussed the price of timber.", side="NO")
OPENING = "Norwegian President Ola Berg spoke Thursday with Swedish President Per Sol, "


def _rests(rest: str) -> set[tuple[str, str]]:
    """The links lede_rests gives the outlet's one sentence (its opening linked to the call line), by their texts."""
    paper = text_doc("paper", OPENING + rest, role=OUTLET)
    docs = [READOUT, paper]
    claims_of = {d.id: segment(d) for d in docs}
    text = {c.id: c.text for cs in claims_of.values() for c in cs}
    lede, call = claims_of[paper.id][0].id, claims_of[READOUT.id][0].id
    found = lede_rests({(lede, call): 0.4}, {(lede, call): 0.4}, document_pairs(docs), context_for(docs, claims_of))
    return {(text[a][:20], text[b][:20]) for a, b in found}


def test_the_rest_of_a_lede_reports_the_claim_it_scores_best():
    assert _rests("with the two men discussing efforts to reopen the northern fishing grounds to both fleets.") == \
        {("Norwegian President ", "The two leaders agre")}


def test_a_rest_that_says_little_or_something_else_reports_nothing():
    assert _rests("in his first call with Sol since Monday.") == set()  # under REST_CONTENT content concepts
    assert _rests("with the two men discussing the weather in the mountains this winter.") == set()
