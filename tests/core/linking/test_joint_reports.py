"""Recall: an outlet sentence that opens on the call's two leaders joined by "and" and what they did reports the call
as one that opens on either leader does: linked to nothing, it takes its best official counterpart (thin reports)."""

from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

READOUT = [
    "Norwegian Prime Minister Ola Berg held a telephone conversation today with Swedish President Ivan Sol.",
    "The two leaders had a frank exchange of views on the situation in the north, particularly on the safety of the "
    "lighthouse at Vardo in the winter storms, on the rescue services along the coast.",
    "Berg invited Sol to the autumn regatta in Bergen.",
    "The leaders reviewed the fisheries accord and the quotas for cod and herring.",
    "The ministers will meet again in the spring to sign the whaling protocol.",
]


def _linked(opening: str) -> set[str]:
    north = text_doc("north", "\n\n".join(READOUT), side="NO")
    sentence = f"{opening} discussed the safety of the Vardo lighthouse in the winter gales, the ministry said."
    paper = text_doc("paper", "Fishermen in the north welcomed the call.\n\n" + sentence, role=OUTLET)
    return {b[:19] for a, b, _ in _links(paper, north) if a == sentence}


def test_two_leaders_joined_by_and_report_what_they_discussed():
    # 0.31 with three content concepts in common: a report's floor (REPORT_THRESHOLD), not an outlet's
    assert _linked("Berg and his Swedish counterpart Sol") == {"The two leaders had"}


def test_a_leader_and_his_minister_are_not_the_two_leaders():
    assert _linked("Berg and his fisheries minister") == set()
