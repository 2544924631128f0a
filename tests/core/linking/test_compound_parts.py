"""Recall: a compound sentence reports a second claim of a text with another of its parts, from PART_FLOOR, under the
outlet threshold (`counterparts.other_parts`); a sentence in one part does not."""

from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

# The two lines a compound sentence retells stand apart: a further claim right beside the first is taken from a lower
# floor by another pass (second_claims.NEAR_THRESHOLD), which is not what these tests are about.
READOUT = text_doc("north", "Premier Berg spoke by phone with President Sol of the southern isles.\n\n"
                   "Berg congratulated Sol on the coming Harbour Day holiday of the southern isles.\n\n"
                   "The leaders discussed the cod quotas and the ferry tariffs.\n\n"
                   "At the same time it was noted from our side that the northern fleets had an important part in "
                   "the formation of the southern harbour league and its first charter.\n\n"
                   "Berg invited Sol to the autumn regatta in Bergen.", side="NO")


def _reported(sentence: str) -> list[str]:
    """The first words of the readout's lines the sentence is linked to."""
    paper = text_doc("paper", sentence + "\n\nFishermen in the north welcomed the call.", role=OUTLET)
    return [b[:20] for a, b, _ in _links(paper, READOUT) if a == sentence]


def test_each_part_of_a_compound_sentence_reports_its_own_claim():
    assert _reported("Berg congratulated Sol on the coming Harbour Day holiday and remarked that the northern fleets "
                     "played a significant role in the founding of the harbour league of the south.") == [
        "Berg congratulated S", "At the same time it "]


def test_a_sentence_in_one_part_reports_only_its_best_counterpart():
    assert _reported("Berg congratulated Sol on the coming Harbour Day holiday of the northern fleets that played a "
                     "significant role in the founding of the harbour league of the south.") == ["Berg congratulated S"]


def test_a_sentence_first_reported_by_a_later_pass_reports_its_other_part_too():
    readout = text_doc("north", "Premier Berg spoke by phone with President Sol of the southern isles.\n\n"
                       "Berg thanked Sol for opening the new ferry route between the two harbours last spring and "
                       "for the help of his coast guard.\n\n"
                       "The leaders agreed that the cod quotas for the coming season would be set by their fisheries "
                       "ministers in the spring after a review of the stocks.\n\n"
                       "Berg invited Sol to the autumn regatta in Bergen.\n\n"
                       "The leaders discussed the naval exercises near the islands.", side="NO")
    sentence = ("Berg thanked Sol for the ferry line to the southern ports and for the help of his boats, which the "
                "fishing ministers would review before they fix the quotas of the next season.")
    paper = text_doc("paper", sentence + "\n\nFishermen in the north welcomed the call.", role=OUTLET)
    assert [b[:20] for a, b, _ in _links(paper, readout) if a == sentence] == [
        "Berg thanked Sol for", "The leaders agreed t"]
