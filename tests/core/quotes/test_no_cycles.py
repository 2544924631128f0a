"""The quotation check leaves no reference cycle behind: its source texts and checker are freed as soon as it ends
(by reference counting), not at the collector's next pass, which had to find and free thousands of objects of a first
analysis of corpus/ (a text's word view holding the text, a memo of a bound method, a closure calling itself)."""

import gc

from readout_viewer.core.model import EXACT, OFFICIAL, OUTLET, Document
from readout_viewer.core.quotes.check import check_quotes

READOUT = ("The President spoke today with the Prime Minister. He stressed that the alliance will stand firmly behind "
           "its partners in the months ahead. The leaders agreed to meet again in the autumn.")


def _doc(doc_id, text, role=OUTLET):
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1")


def test_a_quotation_check_leaves_nothing_for_the_collector():
    documents = [_doc("wh", READOUT, OFFICIAL), _doc("news", 'He said the alliance "will stand firmly behind its '
                                                             'partners ... in the months ahead" and left.')]
    check_quotes(documents)  # the memos of words and keys filled first: they live on, rightly
    gc.collect()
    gc.disable()
    try:
        quotes = check_quotes(documents)
        assert gc.collect() == 0
    finally:
        gc.enable()
    assert [q.verdict for q in quotes] == [EXACT]
