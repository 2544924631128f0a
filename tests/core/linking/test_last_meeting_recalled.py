"""Links: an outlet sentence that recalls the leaders' last meeting and reports what was said of it is linked to that
statement, not also to the readout's line that only recalls the meeting."""

from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

READOUT = text_doc("readout", "Premier Berg spoke today with Premier Sol of the Southern Republic. "
                          "The call follows the two leaders' meeting in Tromso in March. "
                          "They reviewed and encouraged progress on the fisheries accord, including the quotas for "
                          "the northern fleets and the joint patrols of the harbour.", side="N")


def test_a_report_of_progress_since_the_meeting_is_no_mere_recollection_of_it():
    outlet = text_doc("paper", "Reflecting on the progress since their meeting in March, both leaders encouraged the "
                           "fisheries accord, the quotas for the northern fleets and the joint patrols of the "
                           "harbour.", role=OUTLET)
    linked = {b[:20] for a, b, _ in _links(READOUT, outlet) if a.startswith("Reflecting")}
    assert linked == {"They reviewed and en"}


def test_a_sentence_that_only_recalls_the_meeting_still_reports_the_recollection():
    outlet = text_doc("paper", "It was their first conversation since their meeting in March.", role=OUTLET)
    linked = {b[:20] for a, b, _ in _links(READOUT, outlet) if a.startswith("It was their")}
    assert linked == {"The call follows the"}
