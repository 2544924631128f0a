"""Links: an outlet sentence that recalls the leaders' last meeting and reports what was said of it is linked to that
statement, not also to the readout's line that only recalls the meeting."""

from dataclasses import replace

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


# The statement on the meeting names it too ("discussed at the Tromso summit"), and shares one word with a report of
# it that says little else.
SUMMIT = replace(READOUT, text=READOUT.text.replace("reviewed and encouraged progress on the fisheries accord,",
                                                    "reviewed the progress on the fisheries accord discussed at the "
                                                    "Tromso summit,"))


def test_a_word_said_of_the_meeting_finds_the_statement_on_it():
    outlet = text_doc("paper", "Premier Berg and Premier Sol affirmed on Tuesday the progress achieved so far in their "
                           "ties since their meeting in Tromso in March.", role=OUTLET)
    linked = {b[:20] for a, b, _ in _links(SUMMIT, outlet) if a.startswith("Premier Berg and")}
    assert linked == {"They reviewed the pr"}


def test_words_after_the_meeting_are_not_said_of_it():
    outlet = text_doc("paper", "Premier Berg and Premier Sol spoke on Tuesday, their first call since their meeting in "
                           "March and the latest of their steps to calm the harbour.", role=OUTLET)
    linked = {b[:20] for a, b, _ in _links(SUMMIT, outlet) if a.startswith("Premier Berg and")}
    assert "They reviewed the pr" not in linked and "The call follows the" in linked
