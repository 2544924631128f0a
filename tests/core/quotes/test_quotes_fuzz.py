"""Quotation and attribution checks on arbitrary text: they never fail and every offset stays in its text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from readout_viewer.core.attributions.check import check_attributions
from readout_viewer.core.language.sentences import loose_sentences
from readout_viewer.core.model import OFFICIAL, Claim, Document
from readout_viewer.core.quotes.check import check_quotes

_PIECES = st.sampled_from(['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "...", "\u2026", "[", "]", ", ", ". ",
                           "\n\n", " ", "the", "Kremlin", "said", "White House", "according to", "allies", "will",
                           "stand", "firm", "Russia's", "co-operation", "40", "Sullivan", "said.", "as", "reads"])
_TEXT = st.lists(_PIECES, max_size=80).map(" ".join)


def _doc(doc_id: str, text: str, official: bool) -> Document:
    return Document(id=doc_id, path=doc_id, title="Remarks by Adviser Jake Sullivan" if official else doc_id,
                    text=text, role=OFFICIAL if official else "outlet", source="The White House" if official else None,
                    side="US" if official else None)


@settings(max_examples=60, deadline=None)
@given(_TEXT, _TEXT)
def test_offsets_stay_inside_their_texts(official_text, outlet_text):
    docs = [_doc("wh", official_text, True), _doc("news", outlet_text, False)]
    text = {d.id: d.text for d in docs}
    quotes = check_quotes(docs)
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text[q.doc])
        if q.source is not None:
            assert q.source.doc != q.doc
            assert 0 <= q.source.start < q.source.end <= len(text[q.source.doc])
    claims = {d.id: [Claim(f"{d.id}#{i}", d.id, s, e, d.text[s:e]) for i, (s, e) in enumerate(loose_sentences(d.text), 1)]
              for d in docs}
    for a in check_attributions(docs, claims, [], quotes):
        assert 0 <= a.start < a.end <= len(text[a.doc])
        assert a.cited != a.doc and a.cited_as
