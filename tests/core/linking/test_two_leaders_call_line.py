"""An official line saying "the two leaders" spoke names both leaders of the call; "when" ends a lede's opening (round 31,
links37)."""

from readout_viewer.core.model import OUTLET
from tests.builders import paper_links, text_doc
from tests.core.linking.test_align import _links

READOUT = text_doc("readout", "Kenyan President Tom Sol and US President Ivan Berg agreed to expand the salmon quota."
                              "\n\nThe two leaders had a telephone conversation on Tuesday evening.\n\nThe agreement "
                              "will lower the harbour tariffs between the countries.", side="KE", kind="readout")


def _found(paper_text: str) -> set[tuple[str, str]]:
    return paper_links(READOUT, paper_text)


def test_an_opening_saying_the_leaders_spoke_reports_the_two_leaders_line():
    found = _found("Kenyan President Tom Sol finally spoke with US President Ivan Berg after failing to meet him at "
                   "the assembly in the city of Lyon two weeks ago.")
    assert ("Kenyan President Tom", "The two leaders had ") in found


def test_an_opening_ends_at_when():
    found = _found("Kenyan President Tom Sol spoke to his US counterpart Ivan Berg on Tuesday when they welcomed the "
                   "thriving ferry partnership and the orchard talks.")
    assert ("Kenyan President Tom", "The two leaders had ") in found


OPENING = text_doc("opening", "US President Ivan Berg spoke with President Tom Sol of Kenya today to thank him for the "
                              "salmon quota.\n\nUS President Ivan Berg spoke with Kenyan President Tom Sol about the "
                              "orchard fund to praise the harbour tariffs.", side="US", kind="readout")


def test_a_readouts_opening_line_up_to_its_purpose_is_its_call_line():
    paper = text_doc("paper", "US President Ivan Berg phoned his Kenyan counterpart Tom Sol following the assembly's "
                              "decision on the ferry routes.", role=OUTLET)
    found = {(a[:29], "today to thank" in b) for a, b, _ in _links(OPENING, paper) if a.startswith("US President Ivan Berg phoned")}
    assert found == {("US President Ivan Berg phoned", True)}
