"""The head a part in lower case was cut from ("In the call, Berg and Sol stood by the ferry league" | "and discussed
recent events ..."), short by the cut, is linked like the part once the part is linked (`cut_parts.head_of`, helper
links83)."""

from readout_viewer.core.linking.cut_parts import head_of
from readout_viewer.core.model import Claim
from tests.builders import paper_links, text_doc

READOUT = text_doc("readout", "President Ivan Berg spoke today with President Tom Sol of Osk.\n\n"
                              "The leaders affirmed their unwavering backing for the ferry league.\n\n"
                              "They also discussed recent developments in the northern fisheries.\n\n"
                              "President Berg invited President Sol to visit Lund in July.", side="US", kind="readout")
FIRST = "Berg invited Sol to Lund for July, the government said. "
HEAD = "In the call, Berg and Sol stood by the ferry league"


def test_the_head_of_a_linked_cut_part_reports_the_claim_it_scores_best():
    links = paper_links(READOUT, FIRST + HEAD + " and discussed recent events in the northern fisheries.")
    assert ("discussed recent eve", "They also discussed ") in links
    assert ("In the call, Berg an", "The leaders affirmed") in links


def test_the_head_of_a_part_left_unlinked_stays_unlinked():
    links = paper_links(READOUT, FIRST + HEAD + " and toured the old harbour museum with their wives.")
    assert not any(a.startswith("In the call") for a, _ in links)


def test_a_head_is_a_claim_whose_sentence_goes_on_into_a_linked_part_in_lower_case():
    head = Claim("p#1", "p", 0, 20, "Berg and Sol met", "statement")
    part = Claim("p#2", "p", 25, 50, "discussed the quotas.", "statement")
    whole = Claim("p#1", "p", 0, 20, "Berg and Sol met.", "statement")
    upper = Claim("p#2", "p", 25, 50, "They discussed the quotas.", "statement")
    assert head_of(head, part, {"p#2"})
    assert not head_of(head, part, set())  # the part unlinked
    assert not head_of(whole, part, {"p#2"})  # the sentence ended
    assert not head_of(head, upper, {"p#2"})  # no part cut: a sentence of its own
