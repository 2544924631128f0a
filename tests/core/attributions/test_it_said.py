""""..., it said" and "Instead, it focused on ..." speak for the institution the text named just before."""

from readout_viewer.core.attributions.check import check_attributions
from readout_viewer.core.attributions.units import sentences
from readout_viewer.core.model import OFFICIAL, OUTLET, SUPPORTED, Claim, Document
from readout_viewer.core.quotes.check import check_quotes

US_TEXT = ("The President spoke today with the Chancellor. The leaders reaffirmed their commitment to rebuild the "
           "grain corridor and to restore the northern power grid.")
DE_TEXT = "The Chancellor and the President discussed the floods in Valdoria."
SAID = "the leaders reaffirmed their commitment to rebuild the grain corridor and to restore the northern power grid"


def _doc(doc_id, text, role=OUTLET, source="Daily Paper", side=None):
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1", source=source,
                    side=side, kind="readout" if role == OFFICIAL else None)


def _found(news_text):
    docs = [_doc("us", US_TEXT, OFFICIAL, "The White House", "US"), _doc("de", DE_TEXT, OFFICIAL, "Kanzleramt", "DE"),
            _doc("news", news_text)]
    claims = {d.id: [Claim(f"{d.id}#{i}", d.id, s, e, d.text[s:e]) for i, (s, e) in enumerate(sentences(d.text), 1)]
              for d in docs}
    return [(a.cited, a.verdict) for a in check_attributions(docs, claims, [], check_quotes(docs)) if a.doc == "news"]


def test_it_said_is_the_institution_named_just_before():
    assert _found(f"The White House put out its version on Monday. \u201c{SAID.capitalize()},\u201d it said.") == \
        [("us", SUPPORTED)]
    assert _found(f"The White House put out its version on Monday. Instead, it focused on how {SAID}.") == \
        [("us", SUPPORTED)]


def test_it_said_with_no_institution_named_before_is_no_cue():
    assert _found(f"Snow fell on Monday. \u201c{SAID.capitalize()},\u201d it said.") == []
