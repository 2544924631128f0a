"""Retold sentences: a clause cut from an official sentence is carried by a text whose sentence, linked to another
clause of it, holds half the clause's concepts; it is still left out by a text that retells only the other clause."""

from readout_viewer.core.linking.omissions import find_omissions
from readout_viewer.core.linking.retold import covers, retold_whole
from readout_viewer.core.model import AGREE, OFFICIAL, OUTLET, Claim, Document, Link

# The opening is long (omissions.SHORT_OPENING_WORDS): a short one rides on the later clause whoever retells it.
OPENING = ("The mayor welcomed the report of the commission on the northern ports, the coastal roads, the ferry lines "
           "and the old fishing harbours of the three islands")
SENTENCE = f"{OPENING} and pledged full support for the harbour plan."
HALVES = [OPENING, "pledged full support for the harbour plan."]


def _doc(doc_id: str, text: str, role: str = OUTLET) -> Document:
    return Document(id=doc_id, path=f"{doc_id}.txt", title=doc_id, text=text, role=role, event="e", side="N")


def _claims(doc_id: str, text: str, cuts: list[str]) -> list[Claim]:
    out, at = [], 0
    for n, cut in enumerate(cuts, 1):
        at = text.index(cut, at)
        out.append(Claim(f"{doc_id}#{n}", doc_id, at, at + len(cut), cut))
        at += len(cut)
    return out


def _event(outlets: dict[str, tuple[str, list[str]]], official: str = SENTENCE, cuts: list[str] = HALVES):
    docs = [_doc("office", official, OFFICIAL)] + [_doc(d, text) for d, (text, _) in outlets.items()]
    claims_of = {"office": _claims("office", official, cuts)}
    claims_of.update((d, _claims(d, text, parts)) for d, (text, parts) in outlets.items())
    return docs, claims_of


def test_a_text_that_retells_the_whole_sentence_carries_the_half_it_was_not_linked_to():
    whole = f"{OPENING} and pledged his full support for the harbour plan, the office said."
    half = "The mayor pledged full support for the harbour plan. Fishing quotas were also raised."
    docs, claims_of = _event({
        "paper": (whole, [OPENING, "pledged his full support for the harbour plan,"]),
        "wire": (half, ["The mayor pledged full support for the harbour plan.", "Fishing quotas were also raised."])})
    links = [Link("paper#2", "office#2", AGREE, 0.8), Link("wire#1", "office#2", AGREE, 0.8)]
    found = {o.claim: o.missing_from for o in find_omissions(docs, claims_of, links)}
    # the wire's sentence holds only "mayor" of the welcome: it still leaves the welcome out
    assert found == {"office#1": ("wire",)}
    assert retold_whole(docs, claims_of, links) == {"office#1": {"paper"}}


def test_a_link_to_another_sentence_of_the_official_text_carries_nothing():
    official = "The mayor welcomed the report. She pledged full support for the harbour plan."
    whole = "The mayor welcomed the report and pledged full support for the harbour plan."
    docs, claims_of = _event({"paper": (whole, [whole])}, official,
                             ["The mayor welcomed the report.", "She pledged full support for the harbour plan."])
    links = [Link("paper#1", "office#2", AGREE, 0.8)]
    assert retold_whole(docs, claims_of, links) == {}
    assert {o.claim: o.missing_from for o in find_omissions(docs, claims_of, links)} == {"office#1": ("paper",)}


def test_covers_asks_for_half_of_the_claims_concepts():
    claim = Claim("c#1", "c", 0, 30, "The mayor welcomed the report")
    assert covers("Reports say the mayor welcomed it.", claim)  # mayor, welcomed, report: all three
    assert covers("The mayor's report came out on Monday.", claim)  # mayor, report: two of three
    assert not covers("The mayor pledged support for the plan.", claim)  # mayor alone
    assert not covers("", Claim("c#2", "c", 0, 3, "And"))  # no concepts to carry
