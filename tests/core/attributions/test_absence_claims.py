"""A sentence saying an official text lacks something ("the U.S. readout did not mention Bangladesh") is checked for
that absence: supported when the text names none of its words, unsupported with the claim that names them."""

from readout_viewer.core.attributions.check import check_attributions
from readout_viewer.core.attributions.units import sentences
from readout_viewer.core.model import OFFICIAL, OUTLET, SUPPORTED, UNSUPPORTED, Claim, Document
from readout_viewer.core.quotes.check import check_quotes

US_TEXT = "The President spoke today with the Chancellor. They discussed the grain corridor and the northern border."
DE_TEXT = "The Chancellor and the President discussed the grain corridor and the floods in Valdoria."


def _doc(doc_id, text, role=OUTLET, source="Daily Paper", side=None, excerpt=False):
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1", source=source,
                    side=side, kind="readout" if role == OFFICIAL else None, excerpt=excerpt)


def _found(news_text, excerpt=False):
    docs = [_doc("us", US_TEXT, OFFICIAL, "The White House", "US", excerpt),
            _doc("de", DE_TEXT, OFFICIAL, "Kanzleramt", "DE"),
            _doc("news", news_text)]
    claims = {d.id: [Claim(f"{d.id}#{i}", d.id, s, e, d.text[s:e]) for i, (s, e) in enumerate(sentences(d.text), 1)]
              for d in docs}
    return [a for a in check_attributions(docs, claims, [], check_quotes(docs)) if a.doc == "news"]


def test_a_text_said_to_lack_what_it_lacks_supports_it():
    for said in ("However, the U.S. readout did not mention the floods, raising questions.",
                 "The White House made no mention of the floods during the call in its readout.",
                 "But the White House published a readout that left out the floods."):
        found = _found(f"Snow fell. {said}")
        assert [(a.cited, a.verdict) for a in found] == [("us", SUPPORTED)], said
        assert "\u201cfloods\u201d" in (found[0].detail or "")


def test_a_text_said_to_lack_what_it_names_is_unsupported_with_the_evidence():
    found = _found("Snow fell. The White House statement on the call does not mention the northern border.")
    assert [(a.cited, a.verdict) for a in found] == [("us", UNSUPPORTED)]
    assert "northern border" in (found[0].detail or "")


def test_what_an_excerpt_lacks_is_not_supported():
    found = _found("Snow fell. The U.S. readout did not mention the floods.", excerpt=True)
    assert [(a.cited, a.verdict) for a in found] == [("us", UNSUPPORTED)]
    assert "excerpt" in (found[0].detail or "")
