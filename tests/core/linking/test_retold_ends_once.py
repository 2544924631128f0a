"""Retold sentences read each document's sentence ends once a call: the indexed answers are the plain ones."""

from readout_viewer.core.language import ends_index
from readout_viewer.core.language.ends_index import SentenceEnds
from readout_viewer.core.linking.retold import retold_whole, sentence_around
from readout_viewer.core.model import AGREE, OFFICIAL, OUTLET, Claim, Document, Link
from tests.builders import claims_cut

OFFICIAL_TEXT = ("The mayor welcomed the report of the commission on the northern ports and pledged full support for "
                 "the harbour plan. Mr. Lund thanked the U.S. delegation. Talks resume in May.")
OUTLET_TEXTS = {
    "paper": ("Fishing quotas rose. The mayor welcomed the report of the commission on the northern ports and "
              "pledged his full support for the harbour plan, the office said. Talks resume in May."),
    "wire": "The mayor pledged full support for the harbour plan. Mr. Lund thanked the U.S. delegation.",
    "blog": "Talks resume in May. The mayor welcomed the report of the commission on the northern ports!",
}
CUTS = {
    "office": ["The mayor welcomed the report of the commission on the northern ports",
               "pledged full support for the harbour plan.", "Mr. Lund thanked the U.S. delegation.",
               "Talks resume in May."],
    "paper": ["Fishing quotas rose.", "The mayor welcomed the report of the commission on the northern ports",
              "pledged his full support for the harbour plan, the office said.", "Talks resume in May."],
    "wire": ["The mayor pledged full support for the harbour plan.", "Mr. Lund thanked the U.S. delegation."],
    "blog": ["Talks resume in May.", "The mayor welcomed the report of the commission on the northern ports!"],
}
LINKS = [Link("paper#2", "office#1", AGREE, 0.8), Link("paper#3", "office#2", AGREE, 0.8),
         Link("wire#1", "office#2", AGREE, 0.8), Link("wire#2", "office#3", AGREE, 0.8),
         Link("blog#2", "office#1", AGREE, 0.8), Link("blog#1", "office#4", AGREE, 0.8),
         Link("paper#4", "office#4", AGREE, 0.8)]


def _event() -> tuple[list[Document], dict[str, list[Claim]]]:
    texts = {"office": OFFICIAL_TEXT, **OUTLET_TEXTS}
    docs = [Document(id=d, path=f"{d}.txt", title=d, text=t, role=OFFICIAL if d == "office" else OUTLET, event="e",
                     side="N") for d, t in texts.items()]
    return docs, claims_cut(texts, CUTS)


def test_the_indexed_sentence_around_each_claim_is_the_plain_one():
    docs, claims_of = _event()
    index = SentenceEnds()  # one index over every document: a key shared by two texts would answer wrongly
    for doc in docs:
        for claim in claims_of[doc.id]:
            assert sentence_around(doc, claim, index.of(doc)) == sentence_around(doc, claim)
    assert sentence_around(docs[2], claims_of["wire"][1], index.of(docs[2])) == " Mr. Lund thanked the U.S. delegation."


def test_retold_whole_asks_each_documents_ends_once_and_answers_as_when_asked_each_time(monkeypatch):
    docs, claims_of = _event()
    asked: list[str] = []
    plain = ends_index.sentence_ends

    def counted(text: str, start: int = 0, end: int | None = None) -> list[int]:
        asked.append(text)
        return plain(text, start, end)

    monkeypatch.setattr(ends_index, "sentence_ends", counted)
    indexed = retold_whole(docs, claims_of, LINKS)
    assert sorted(asked) == sorted(d.text for d in docs)  # each text once, though asked for by several claims
    monkeypatch.setattr(SentenceEnds, "of", lambda self, doc: counted(doc.text))  # the ends asked at every use
    assert retold_whole(docs, claims_of, LINKS) == indexed == {"office#1": {"paper"}, "office#2": {"paper"}}
    assert len(asked) > 2 * len(docs)
