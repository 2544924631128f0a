"""Recall: a leader's report linked to nothing takes an official claim under the thin reports' floor when no other
claim of that text comes near it."""

from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

CALL = "Norwegian Prime Minister Ola Berg received a telephone call today from Swedish President Ivan Sol."
SUBSIDIES = ("Sol shared that his government will quickly provide significant new trawler subsidies and harbour "
             "grants to meet the fleet's urgent fuel and repair needs as soon as the parliament passes the fisheries "
             "budget.")
REST = ["The leaders reviewed the fisheries accord and the quotas for cod and herring.",
        "Berg invited Sol to the autumn regatta in Bergen.",
        "The ministers will meet again in the spring to sign the whaling protocol."]
GRANTS = "Sol also promised the fleet new harbour grants for its trawlers and their crews over the coming decade."
ASSURED = "Berg said that Sol assured him the subsidies for the fleet would come quickly."


def _linked(*official: str, sentence: str = ASSURED) -> set[str]:
    north = text_doc("north", "\n\n".join(official), side="NO")
    paper = text_doc("paper", sentence + "\n\nFishermen in the north welcomed the call.", role=OUTLET)
    return {b for a, b, _ in _links(paper, north) if a == sentence}


def test_a_leaders_report_takes_the_one_claim_it_comes_near_under_the_floor():
    # 0.21 against the long sentence on subsidies, nothing else of the readout near it
    assert _linked(CALL, SUBSIDIES, *REST) == {SUBSIDIES}


def test_not_when_another_claim_of_the_text_comes_as_near():
    # two sentences of the readout on the fleet's money, 0.21 each: which one it reports is a guess
    assert _linked(CALL, SUBSIDIES, *REST[:2], GRANTS, REST[2]) == set()


def test_not_on_one_thing_named_in_both():
    # "the autumn regatta" is one event named in both (0.30): sending warships to it is no report of the invitation
    warships = ("Berg said that Sol would send three warships, two frigates and a supply vessel to guard the autumn "
                "regatta against smugglers from the east.")
    assert _linked(CALL, SUBSIDIES, *REST, sentence=warships) == set()
