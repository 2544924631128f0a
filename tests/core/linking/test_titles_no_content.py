"""Two sides' readouts: a leader's title shared ("Prime Minister") is who met, not what was said, so a readout's line
that only says the leaders spoke does not pair with the other readout's claim on what one leader said of the other
(`readouts._titles_only`)."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.align import find_links
from readout_viewer.core.model import Document
from tests.builders import run_to_end, text_doc

NORTH = ("Finnish President Berg spoke today by phone with Norwegian Prime Minister Sol.\n\n"
         "President Berg underscored his support for the fisheries accord and the new harbour tariffs.\n\n"
         "The leaders agreed to keep in touch on the lighthouse.")
SOUTH = ("President Berg commended Prime Minister Sol on his leadership in the fight against the pandemic.\n\n"
         "The two leaders discussed the fisheries accord and the harbour tariffs.")


def _pairs(north: Document, south: Document) -> set[tuple[str, str]]:
    """The linked claims of the two texts, each by its first 20 characters."""
    claims_of = {d.id: segment(d) for d in (north, south)}
    text = {c.id: c.text[:20] for cs in claims_of.values() for c in cs}
    return {(text[link.a], text[link.b]) for link in run_to_end(find_links([north, south], claims_of))[1]}


def test_a_title_shared_is_no_counterpart_of_what_was_said():
    pairs = _pairs(text_doc("north", NORTH, side="N"), text_doc("south", SOUTH, side="S"))
    assert ("President Berg under", "The two leaders disc") in pairs  # what was said still pairs
    assert ("Finnish President Be", "President Berg comme") not in pairs
