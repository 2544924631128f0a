"""Recall: an outlet sentence linked to nothing that opens on no leader's act ("Oslo has specified that ...") reports
the one claim of an official text that stands clear of the rest when the two share four content concepts."""

from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

READOUT = [
    "Norwegian Prime Minister Ola Berg held a telephone conversation today with Swedish President Ivan Sol.",
    "Berg confirmed that Norway would continue providing further help to the fishermen of the far north, including "
    "another 300 radio beacons, new icebreakers, pilots for the harbours, two hospital ships, tugboats for the fjord "
    "ports, fuel depots, spare engines and more than 2,000 lifeboats for the coastal stations in the winter.",
    "Berg invited Sol to the autumn regatta in Bergen.",
    "The leaders reviewed the fisheries accord and the quotas for cod and herring.",
    "The ministers will meet again in the spring to sign the whaling protocol.",
    "Sol thanked Berg for the help given to Swedish trawlers last winter.",
    "The leaders agreed that the coastal radio stations would share their weather reports.",
]
SENTENCE = "Oslo has specified that it will deliver lifeboats to the coastal stations before the winter."


def _linked(*more: str) -> set[str]:
    north = text_doc("north", "\n\n".join(READOUT + list(more)), side="NO")
    paper = text_doc("paper", "Fishermen in the north welcomed the call.\n\n" + SENTENCE, role=OUTLET)
    return {b[:20] for a, b, _ in _links(paper, north) if a == SENTENCE}


def test_a_sentence_saying_what_one_claim_says_reports_it():
    # 0.34, under the outlets' threshold: lifeboats, coastal, stations, winter and help in common; nothing else near
    assert _linked() == {"Berg confirmed that "}


def test_not_when_another_claim_comes_near():
    # 0.30 beside 0.23: "lifeboats" and "coastal stations" may be the other claim's
    assert _linked("Sol recalled that the Baltic coastal stations had their own lifeboats, ferries, beacons, tugs and "
                   "pilots since the war.") == set()
