"""Precision: a close report of one side's readout is relayed to the other side's readout, not to its briefer's answer."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.align import find_links
from readout_viewer.core.model import OUTLET
from tests.builders import run_to_end, text_doc

NORTH = text_doc("north", "Premier Berg spoke today with Premier Sol.\n\nPremier Berg reaffirmed the North's long-standing "
                      "one-harbour policy on the islands.\n\nThe premiers discussed the salmon quota.", side="N",
             kind="readout")
SOUTH = ("Premier Sol spoke with Premier Berg by video.\n\nAnd, you know, Premier Berg clearly restated the one-harbour "
         "policy and the precepts it is based on, as we have heard many times.\n\nThe salmon quota was discussed at "
         "length.")
PAPER = text_doc("paper", "Premier Berg reaffirmed the North's long-standing one-harbour policy on the islands, state "
                      "media said.", role=OUTLET)


def _paper_links(kind: str) -> list[str]:
    """The starts of the official claims the outlet's report links when the other side's text is of `kind`."""
    docs = [NORTH, text_doc("south", SOUTH, side="S", kind=kind), PAPER]
    claims_of = {d.id: segment(d) for d in docs}
    text = {c.id: c.text for cs in claims_of.values() for c in cs}
    return sorted(text[link.b][:12] for link in run_to_end(find_links(docs, claims_of))[1]
                  if link.a.startswith("e/paper"))


def test_a_close_report_is_relayed_to_the_other_sides_readout():
    assert _paper_links("readout") == ["And, you kno", "Premier Berg"]


def test_a_close_report_is_not_relayed_to_a_briefers_answer():
    assert _paper_links("briefing") == ["Premier Berg"]
