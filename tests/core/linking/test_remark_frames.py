"""A readout line that gives the call as the frame of its leader's remarks ("He made the remarks when having a phone
conversation with ... at the latter's request") says that the leaders spoke: an outlet line that only says so reports
it (`ledes.REMARKS_FRAME`), as does an outlet's opening; a line of remarks framed by no call does not."""

from tests.builders import text_doc
from tests.core.linking.reports import reporting

FRAMED = ("He made the remarks when having a phone conversation with Swedish President Ivan Sol at the latter's "
          "request.")
NORTH = text_doc("north", "Norwegian President Ola Berg said the harbour tariffs would stay.\n\n"
                          f"{FRAMED}\n\nBerg said the quotas for the trawlers would be raised next year.", side="NO")


def _reporting(said: str) -> list[str]:
    return reporting(NORTH, FRAMED, said)


def test_an_outlet_line_that_the_leaders_spoke_reports_the_framed_call():
    said = "Swedish President Ivan Sol held a phone call with Norwegian President Ola Berg on Monday."
    assert _reporting(said) == [said]


def test_a_call_with_another_leader_does_not_report_it():
    said = "Danish President Mette Holm held a phone call with Norwegian President Ola Berg on Monday."
    assert _reporting(said) == []
