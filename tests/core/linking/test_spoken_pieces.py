"""Recall: a briefer's run-on answer parts at dashes and at ", and" / ", so", so an outlet can report one point."""

from dataclasses import replace

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.claim_parts import parts
from readout_viewer.core.linking.weights import weights_for
from readout_viewer.core.model import OFFICIAL, OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

ANSWER = ("And those costs include economic costs for the harbour fleets and the fish markets of the southern ports, "
          "include adjustments and augmentations of the naval posture in the northern waters and the patrol routes "
          "of the frigates, and include additional assistance to the island guards to defend their coast.")
BRIEFING = replace(text_doc("briefing", "Q Thank you. What did the premier say?\n\nMR. BERG: " + ANSWER + "\n\n"
                        "Q And the quotas?\n\nMR. BERG: The quotas were not discussed today at all.",
                        role=OFFICIAL, side="N"), kind="briefing")


def test_a_spoken_sentence_parts_at_and_and_dashes_a_written_one_does_not():
    assert parts(ANSWER) == []
    spoken = parts(ANSWER, spoken=True)
    assert len(spoken) == 2 and spoken[1].startswith("include additional assistance")
    assert parts("The call was long \u2014 the ministers then met, and the fleets sailed home to the northern "
                 "harbours.", spoken=True)[0] == "The call was long"


def test_only_the_transcripts_long_claims_part_finely():
    claims = {BRIEFING.id: [c for c in segment(BRIEFING) if c.text.startswith("And those costs")]}
    claim = claims[BRIEFING.id][0].id
    assert claim not in weights_for(claims)[1].pieces
    assert len(weights_for(claims, frozenset({BRIEFING.id}))[1].pieces[claim]) == 2


def test_an_outlet_reporting_one_point_of_a_run_on_answer_is_linked_to_it():
    outlet = text_doc("paper", "The island guards are to receive additional assistance.", role=OUTLET)
    assert [b[:15] for a, b, _ in _links(BRIEFING, outlet)] == ["And those costs"]
