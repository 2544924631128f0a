"""A close report of one side's claim is not relayed to the other side's counterpart when the two diverge."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.align import find_links
from readout_viewer.core.model import OUTLET
from tests.builders import run_to_end, text_doc

NORTH = text_doc("north", "Premier Berg spoke today with Premier Sol.\n\nPremier Berg stated that the North does not "
                      "support independence for the islands.\n\nThe premiers discussed the salmon quota.", side="N")
SOUTH = text_doc("south", "Premier Sol spoke with Premier Berg by video.\n\nOn the question of independence for the "
                      "islands, Premier Berg set out the North's long-held view at length, recalling the old treaty "
                      "of the fishing villages.\n\nThe salmon quota was discussed.", side="S")
PAPER = text_doc("paper", "Berg stated that the North does not support independence for the islands, state media said.",
             role=OUTLET)


def test_a_report_of_one_sides_denial_is_not_relayed_to_the_other_sides_diverging_counterpart():
    docs = [NORTH, SOUTH, PAPER]
    claims_of = {d.id: segment(d) for d in docs}
    text = {c.id: c.text for cs in claims_of.values() for c in cs}
    links = run_to_end(find_links(docs, claims_of))[1]
    assert any(text[link.a].startswith("Premier Berg stated") and text[link.b].startswith("On the question")
               and link.relation == "diverge" for link in links)  # the two sides' counterparts, set apart
    assert [text[link.b][:14] for link in links if link.a.startswith("e/paper")] == ["Premier Berg s"]
