"""A briefer's restatement of a readout's point is no second half of a compound sentence (LONG_ONE_WAY_THRESHOLD)."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.align import find_links
from readout_viewer.core.model import OFFICIAL, Document
from tests.builders import run_to_end


def _doc(doc_id: str, text: str) -> Document:
    return Document(id=f"e/{doc_id}", path=f"e/{doc_id}.txt", title=doc_id, text=text, role=OFFICIAL, event="e",
                    side="N")


READOUT = _doc("readout", "Premier Berg spoke today with Premier Sol.\n\nThe premiers discussed the importance of "
                          "managing the fisheries dispute responsibly.\n\nPremier Berg raised the harbour tariffs.\n\n"
                          "The premiers agreed to meet again in spring.")
BRIEFING = _doc("briefing", "Premier Berg had a good call.\n\nHe discussed with Premier Sol ways of managing the "
                            "fisheries dispute responsibly.\n\nAnd the dispute, managing it responsibly, came up again "
                            "and again.\n\nThe harbour tariffs came up as well.")


def test_a_briefing_restating_a_readout_point_links_it_once():
    claims_of = {d.id: segment(d) for d in (READOUT, BRIEFING)}
    text = {c.id: c.text for cs in claims_of.values() for c in cs}
    links = run_to_end(find_links([READOUT, BRIEFING], claims_of))[1]
    fisheries = sorted(text[link.b][:20] for link in links if "fisheries" in text[link.a])
    assert fisheries == ["He discussed with Pr"]  # not "And the dispute, ma" (0.43) as well
