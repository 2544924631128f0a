"""Recall: a leader's report that repeats the one content word of a leader's short line reports it closely."""

from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

SHORT_LINE = "No, we did not make any progress with him today at all."
NORTH = text_doc("north", "Norwegian Prime Minister Ola Berg received a telephone call today from Swedish President "
                 "Ivan Sol.\n\n"
                 "The leaders reviewed the fisheries accord and the harbour tariffs.\n\n"
                 "Sol raised the quotas for cod and herring.\n\n"
                 "Berg invited Sol to the autumn regatta in Bergen.\n\n" + SHORT_LINE, side="NO")


def _reported(sentence: str) -> bool:
    paper = text_doc("paper", sentence + "\n\nFishermen in the north welcomed the call.", role=OUTLET)
    return any(a == sentence and b == SHORT_LINE for a, b, _ in _links(paper, NORTH))


def test_a_leaders_report_sharing_one_content_concept_closely_reports_a_short_line():
    assert _reported("Berg said that he did not make any progress during his call with Sol.")


def test_the_same_words_reporting_no_leader_report_nothing():
    assert not _reported("Analysts said that Berg did not make any progress during his call with Sol.")
