"""Omissions: an official claim is missing from each same-event document that holds nothing linked to it."""

from readout_viewer.core.linking.omissions import find_omissions
from readout_viewer.core.model import AGREE, OFFICIAL, OUTLET, Claim, Document, Link


def _doc(doc_id: str, role: str = OFFICIAL, event: str = "e") -> Document:
    return Document(id=doc_id, path=f"{doc_id}.txt", title=doc_id, text="x" * 40, role=role, event=event)


def test_official_claims_list_the_documents_that_do_not_carry_them():
    docs = [_doc("a"), _doc("b"), _doc("paper", OUTLET), _doc("other", event="f")]
    claims_of = {"a": [Claim("a#1", "a", 0, 9, "x"), Claim("a#2", "a", 10, 19, "x")],
                 "b": [Claim("b#1", "b", 0, 9, "x")], "paper": [Claim("paper#1", "paper", 0, 9, "x")],
                 "other": []}
    links = [Link("a#1", "b#1", AGREE, 0.8), Link("paper#1", "a#2", AGREE, 0.6)]
    found = {o.claim: o.missing_from for o in find_omissions(docs, claims_of, links)}
    assert found == {"a#1": ("paper",), "a#2": ("b",), "b#1": ("paper",)}
