"""Recall: a leader's report that shares two content concepts with a short official claim it closely retells."""

from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

NORTH = text_doc("north", "Norwegian Prime Minister Ola Berg received a telephone call today from Swedish President "
                 "Ivan Sol.\n\n"
                 "The leaders reviewed the fisheries accord and the harbour tariffs.\n\n"
                 "Sol raised the quotas for cod and herring.\n\n"
                 "Berg invited Sol to the autumn regatta in Bergen.\n\n"
                 "The ministers will meet again in the spring to sign the trawler protocol.\n\n"
                 "Both called for an early return of peace and stability.", side="NO")
CALLED_FOR = "Both called for an early return of peace and stability."


def _reported(sentence: str) -> bool:
    paper = text_doc("paper", sentence + "\n\nFishermen in the north welcomed the call.", role=OUTLET)
    return any(a == sentence and b == CALLED_FOR for a, b, _ in _links(paper, NORTH))


def test_a_leaders_report_sharing_two_content_concepts_closely_reports_a_short_official_claim():
    assert _reported("Berg emphasised the need for stability and peace to return.")


def test_a_sentence_that_reports_no_leader_needs_three_shared_concepts():
    # as close in words, but nobody, or no leader, is said to have said it
    assert not _reported("The need for stability and peace to return was emphasised.")
    assert not _reported("Analysts emphasised the need for stability and peace to return.")
