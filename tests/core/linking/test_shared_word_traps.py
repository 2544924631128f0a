"""Issue 16's shared-word traps stay unlinked: a word two sentences share in two senses is no report (links106)."""

from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

NORTH = text_doc("north", "Premier Berg spoke today with Premier Sol of the South.\n\n"
                          "The premiers had an exchange of views on the harbour tariffs and the fishing quota.\n\n"
                          "The two premiers discussed the bilateral settlement of the border dispute over the "
                          "northern strait.\n\nThe premiers reviewed the ferry timetable.", side="N", kind="readout")


def _outlet_links(paper_text: str) -> set[tuple[str, str]]:
    paper = text_doc("paper", paper_text, role=OUTLET)
    return {(a[:24], b[:24]) for a, b, _ in _links(NORTH, paper) if a in paper_text}


def test_a_shared_view_does_not_report_an_exchange_of_views():
    found = _outlet_links("Sol said he shared the view of Berg that the premiers' friendship was strong.\n\n"
                          "The premiers had an exchange of views on the harbour tariffs and the fishing quota, "
                          "officials said.")
    assert ("The premiers had an exc", "The premiers had an exc") in {(a[:23], b[:23]) for a, b in found}
    assert not any(a.startswith("Sol said he shared") for a, _ in found)


def test_a_bilateral_relationship_does_not_report_a_bilateral_settlement():
    found = _outlet_links("Berg praised the bilateral relationship with the South as the strongest in years.\n\n"
                          "The two premiers discussed the bilateral settlement of the border dispute over the "
                          "northern strait, officials said.")
    assert any(a.startswith("The two premiers discus") for a, _ in found)
    assert not any(a.startswith("Berg praised the bilat") for a, _ in found)
