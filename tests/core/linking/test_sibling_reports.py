"""An outlet sentence linked to nothing that another outlet's linked sentence of its event tells in nearly the same
words (from SIBLING_SCORE) reports that sentence's official claim when it shares a content concept with it
(`sibling_reports`); a sentence less alike, one sharing no content with the claim, one of the same outlet or of
another event does not."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.context import context_for
from readout_viewer.core.linking.pairs import document_pairs
from readout_viewer.core.linking.sibling_reports import SIBLING_SCORE, sibling_reports
from readout_viewer.core.linking.similarity import score
from tests.builders import OUTLET, linked_starts, text_doc

READOUT = ("Norwegian Prime Minister Lars Berg held a telephone talk with Swedish Prime Minister Eva Sol.\n\n"
           "The two premiers agreed to reopen the ferry line across the northern strait next spring.\n\n"
           "They also discussed energy prices and the winter grid.")
# the wire's sentence reports the ferry claim (#2) in its words, and adds the storms and the harbour board
WIRE = ("Berg and Sol agreed to reopen the ferry line across the northern strait, which storms closed in January, the "
        "harbour board said.")
# the paper's tells the wire's (0.63) but shares only "ferry" and "line" with the readout's claim (0.15)
PAPER = "The ferry line, which storms closed in January, will run again, the harbour board said."


def _linked(paper: str, paper_event: str = "e") -> set[tuple[str, str]]:
    return linked_starts(text_doc("wire", WIRE, role=OUTLET), text_doc("paper", paper, role=OUTLET, event=paper_event),
                         text_doc("readout", READOUT, side="N"))


def test_a_sentence_told_alike_by_another_outlets_linked_sentence_reports_its_claim():
    assert ("The ferry line, whic", "The two premiers agr") in _linked(PAPER)  # not on main
    docs = [text_doc("wire", WIRE, role=OUTLET), text_doc("paper", PAPER, role=OUTLET),
            text_doc("readout", READOUT, side="N")]
    claims_of = {d.id: segment(d) for d in docs}
    context = context_for(docs, claims_of)
    t = context.terms
    assert score(t["e/paper#1"], t["e/wire#1"], context.w) >= SIBLING_SCORE
    assert score(t["e/paper#1"], t["e/readout#2"], context.w) < 0.25  # no other pass's floor
    found = sibling_reports({("e/wire#1", "e/readout#2"): 0.9}, document_pairs(docs), context)
    assert list(found) == [("e/paper#1", "e/readout#2")]
    assert sibling_reports({}, document_pairs(docs), context) == {}  # the wire's sentence linked to nothing


def test_a_sentence_less_alike_is_not_linked_so():
    # 0.42 against the wire's sentence
    paper = "The harbour board said the ferry, which storms closed in January, will sail again."
    assert not any(a.startswith("The harbour board") for a, _ in _linked(paper))


def test_a_sentence_sharing_no_content_with_the_claim_is_not_linked_so():
    # 0.76 against the wire's sentence, but nothing of the ferry claim: the storms are the wire's own words
    assert not any(a.startswith("Storms closed") for a, _ in _linked("Storms closed it in January, the harbour "
                                                                     "board said."))


def test_a_sentence_of_the_same_outlet_or_of_another_event_is_no_sibling():
    alone = linked_starts(text_doc("wire", f"{WIRE} {PAPER}", role=OUTLET), text_doc("readout", READOUT, side="N"))
    assert not any(a.startswith("The ferry line, whic") for a, _ in alone)
    assert not any(a.startswith("The ferry line, whic") for a, _ in _linked(PAPER, paper_event="f"))
