"""An outlet claim is relayed over an official link only when the two official claims share a content concept
(`relays.RELAY_CONTENT`): two readouts' lines linked on the leaders' names and the setting alone say nothing
the outlet sentence could carry to the other side."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.context import context_for
from readout_viewer.core.linking.relays import relayed
from readout_viewer.core.model import OUTLET
from tests.builders import text_doc

PAPER = "Ola Berg met Ivan Sol by video on the harbour tolls and the ferry timetable."


def _relayed(north_line: str, south_line: str) -> set[str]:
    """The other side's lines (first 20 characters) the outlet's sentence is relayed to when it reports Norway's
    `north_line` closely and the two readouts' lines are linked."""
    docs = [text_doc("north", f"Norwegian President Ola Berg spoke with Swedish President Ivan Sol.\n\n{north_line}",
                     side="NO"),
            text_doc("south", f"Swedish President Ivan Sol spoke with Norwegian President Ola Berg.\n\n{south_line}",
                     side="SE"),
            text_doc("paper", PAPER, role=OUTLET)]
    claims_of = {d.id: segment(d) for d in docs}
    context = context_for(docs, claims_of)
    claims = {c.id: c for cs in claims_of.values() for c in cs}
    north, south, paper = (claims_of[d.id][-1].id for d in docs)
    kept = {(paper, north): 1.0, (north, south): 0.3}
    return {claims[b].text[:20] for a, b in relayed(kept, claims, {d.id: d for d in docs}, context) if a == paper}


def test_no_relay_over_a_link_of_names_and_setting_alone():
    assert not _relayed("Ola Berg raised the harbour tolls of the northern strait with Ivan Sol by video.",
                        "Ivan Sol and Ola Berg met by video on the ferry timetable.")


def test_a_relay_over_a_link_that_shares_content():
    assert _relayed("Ola Berg raised the harbour tolls of the northern strait with Ivan Sol by video.",
                    "Ivan Sol and Ola Berg met by video on the harbour ferry timetable.") == {"Ivan Sol and Ola Ber"}
