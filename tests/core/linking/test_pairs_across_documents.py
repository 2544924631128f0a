"""A weak pair of two sides' claims gives way to a stronger counterpart in another text of the same side."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.align import find_links
from readout_viewer.core.model import OFFICIAL, Document
from tests.builders import run_to_end


def _doc(doc_id: str, text: str, side: str) -> Document:
    return Document(id=f"e/{doc_id}", path=f"e/{doc_id}.txt", title=doc_id, text=text, role=OFFICIAL, event="e",
                    side=side)


NORTH = _doc("north", "Premier Berg spoke today with Premier Sol.\n\nPremier Berg stressed that the North opposes any "
                      "unilateral change to the fishing limits in the strait.\n\nThe premiers discussed the salmon "
                      "quota.", "N")
DISPATCH = _doc("dispatch1", "Premier Sol held a video call with Premier Berg.\n\nBerg said the North opposes "
                             "unilateral changes to the fishing limits in the strait.\n\nSol welcomed the new ferry "
                             "line.", "S")
OTHER = _doc("dispatch2", "Sol said the two nations should keep the strait peaceful and the limits of their fleets in "
                          "mind, and build the new harbour together.\n\nSol praised the salmon quota talks.", "S")


def _partners_of_the_limits(*docs: Document) -> list[str]:
    claims_of = {d.id: segment(d) for d in docs}
    text = {c.id: c.text for cs in claims_of.values() for c in cs}
    links = run_to_end(find_links(list(docs), claims_of))[1]
    return sorted(text[link.b][:12] for link in links if "fishing limits" in text[link.a])


def test_a_weak_mutual_best_gives_way_to_a_stronger_counterpart_in_another_dispatch_of_that_side():
    assert _partners_of_the_limits(NORTH, DISPATCH, OTHER) == ["Berg said th"]  # not "Sol said the" (0.13)


def test_a_weak_mutual_best_stays_when_that_side_tells_it_nowhere_better():
    assert _partners_of_the_limits(NORTH, OTHER) == ["Sol said the"]
