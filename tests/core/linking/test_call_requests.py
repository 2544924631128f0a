"""Who asked for the call: an outlet's sentence saying so reports the official lines that say so (round 30, links28)."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.call_requests import request_part
from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

NORTH = text_doc("north", "On the evening of May 3, Premier Sol had a phone conversation with Premier Berg at the "
                          "latter's request.\n\nThe premiers reviewed the harbour tariffs and the salmon quota.",
                 side="S", kind="readout")


def _found(paper_text: str) -> dict[tuple[str, str], str]:
    paper = text_doc("paper", paper_text, role=OUTLET)
    return {(a[:20], b[:20]): link.relation for a, b, link in _links(NORTH, paper) if a in paper_text}


def test_a_sentence_saying_who_asked_for_the_call_reports_the_readouts_line_that_says_so():
    found = _found("The call took place at the request of the Northern side.\n\n"
                   "Officials said Berg initiated the phone call.\n\n"
                   "It was a 40-minute phone call that Berg requested, and which both sides described as calm, "
                   "though nothing was settled.")
    opening = "On the evening of Ma"
    assert ("The call took place ", opening) in found
    assert ("Officials said Berg ", opening) in found
    assert ("It was a 40-minute p", opening) in found


def test_such_a_link_is_judged_on_the_words_that_say_who_asked():
    # the rest of the briefer's sentence ("..., not next year") is nothing the outlet's "a call that Berg requested"
    # denies: the relation is judged on the request alone
    said = segment(text_doc("south", "So while this call took place at the government of Norland's request, it is "
                                     "consistent with our view, not next year.", side="S", kind="briefing"))[0]
    assert request_part(said).text == "at the government of Norland's request"
    paper = segment(text_doc("paper", "It was a phone call that Berg requested, and nothing was settled.",
                             role=OUTLET))[0]
    assert request_part(paper).text == "call that Berg requested"


def test_a_request_that_is_not_the_calls_links_nothing_by_it():
    found = _found("At the request of the harbour board, the fleet sent two tugs.\n\n"
                   "The board requested a review of the quota rules.")
    assert not found
