"""A source's other names: the head of a source qualified after a comma, the bodies its government's account is
cited under, and their initials where a text writes them."""

from readout_viewer.core.attributions.check import check_attributions
from readout_viewer.core.attributions.units import sentences
from readout_viewer.core.model import OFFICIAL, OUTLET, SUPPORTED, Claim, Document
from readout_viewer.core.quotes.check import check_quotes

US_TEXT = "The President spoke today with the Prime Minister. He urged restraint along the northern border."
IN_TEXT = ("The Prime Minister received a call from the President. The leaders reviewed the progress in the "
           "partnership on clean energy and space cooperation.")


def _doc(doc_id, text, role=OUTLET, source="Daily Paper", side=None):
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1", source=source,
                    side=side, kind="readout" if role == OFFICIAL else None)


def _verdict(news_text):
    docs = [_doc("us", US_TEXT, OFFICIAL, "The White House", "US"),
            _doc("in", IN_TEXT, OFFICIAL, "Ministry of External Affairs, Government of India", "IN"),
            _doc("news", news_text)]
    claims = {d.id: [Claim(f"{d.id}#{i}", d.id, s, e, d.text[s:e]) for i, (s, e) in enumerate(sentences(d.text), 1)]
              for d in docs}
    found = [a for a in check_attributions(docs, claims, [], check_quotes(docs)) if a.doc == "news"]
    return [(a.cited, a.verdict) for a in found]


def test_the_head_of_a_source_qualified_after_a_comma_is_that_source():
    assert _verdict("Snow fell. The Ministry of External Affairs said the leaders reviewed the progress in the "
                    "partnership on clean energy and space cooperation.") == [("in", SUPPORTED)]


def test_a_body_the_government_account_is_cited_under_and_its_initials():
    assert _verdict("Snow fell. The leaders reviewed the progress in the partnership on clean energy and space "
                    "cooperation, according to PIB.") == [("in", SUPPORTED)]
    assert _verdict("Snow fell. The statement from the Prime Minister's Office said the leaders reviewed the "
                    "progress in the partnership on clean energy and space cooperation.") == [("in", SUPPORTED)]
