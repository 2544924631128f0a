"""Recall: a sentence that only names the places discussed reports the one claim of a readout that names such a place."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.align import find_links
from readout_viewer.core.model import OUTLET
from tests.builders import run_to_end, text_doc

READOUT = text_doc("readout", "President Marsh spoke today with President Lin Wei of China.\n\nPresident Marsh raised "
                          "concerns about the fishing fleets and stressed her enduring commitment to the complete "
                          "denuclearization of the Korean Peninsula.\n\nThe leaders agreed to meet again in the "
                          "spring.", side="US")
PAPER = text_doc("paper", "Marsh and Lin spoke by phone on Tuesday.\n\nThe two also discussed the Gaza crisis and the "
                      "situation on the Korean Peninsula.", role=OUTLET)
LEDE = text_doc("lede", "President Marsh spoke with President Lin Wei on Tuesday, in a call that touched on the Korean "
                    "Peninsula and Gaza.", role=OUTLET)


def _linked() -> set[tuple[str, str]]:
    docs = [READOUT, PAPER, LEDE]
    claims_of = {d.id: segment(d) for d in docs}
    text = {c.id: c.text for cs in claims_of.values() for c in cs}
    return {(text[link.a][:12], text[link.b][:12]) for link in run_to_end(find_links(docs, claims_of))[1]}


def test_the_places_discussed_meet_the_one_readout_claim_naming_one_of_them():
    assert ("The two also", "stressed her") in _linked()


def test_a_sentence_already_linked_reports_no_more_on_the_places_it_names():
    linked = _linked()
    assert ("President Ma", "President Ma") in linked
    assert ("President Ma", "stressed her") not in linked
