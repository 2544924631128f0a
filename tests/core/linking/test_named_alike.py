"""Recall: an outlet sentence that reports no leader and was linked to nothing reports the one official claim it comes
near when the two name five things in common (the visits of two named ministers), not four."""

from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

CALL = "Norwegian Prime Minister Ola Berg received a telephone call today from Swedish President Ivan Sol."
REST = ["The leaders reviewed the fisheries accord and the quotas for cod and herring.",
        "Berg invited Sol to the autumn regatta in Bergen.",
        "The ministers will meet again in the spring to sign the whaling protocol."]
VISITS = ("The leaders welcomed ongoing efforts to keep open channels between the two fleets and to manage the fishing "
          "grounds responsibly through regular talks, including during the upcoming visits of Fisheries Minister Anna "
          "Lind and Trade Minister Per Dahl to Tromso.")
NORTH = text_doc("north", "\n\n".join([CALL, *REST, VISITS]), side="NO")


def _linked(verb: str) -> bool:
    sentence = (f"Fisheries Minister Anna Lind will leave on Wednesday and {verb} Narvik, the northern port emblematic "
                "of the country's whaling past, its shipyards, salmon farms, oil terminals and ferry lines, with Trade "
                "Minister Per Dahl to follow in the weeks ahead.")
    paper = text_doc("paper", sentence + "\n\nFishermen in the north welcomed the call.", role=OUTLET)
    return any(a == sentence and b == VISITS for a, b, _ in _links(paper, NORTH))


def test_five_things_named_in_both_make_a_report_under_the_outlet_threshold():
    # the fisheries, Anna Lind, trade, Dahl and a visit (0.35, nothing else of the readout near it)
    assert _linked("visit")


def test_four_things_do_not():
    assert not _linked("stay in")
