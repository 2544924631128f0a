"""What a text does with its words: "..., the statement read", "The statement also mentioned ...", "..., the statement
from the White House read" cite that text."""

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


def test_a_bare_statement_that_mentions_or_reads_cites_the_institution_named_before():
    assert _found(f"The White House put out a readout on Monday. The statement also mentioned that {SAID}.") == \
        [("us", SUPPORTED)]
    assert _found(f"The White House put out a readout on Monday. \u201c{SAID.capitalize()},\u201d the statement "
                  "read.") == [("us", SUPPORTED)]


def test_a_statement_named_before_its_source_reads():
    assert _found(f"Snow fell. \u201c{SAID.capitalize()},\u201d the statement from the White House read.") == \
        [("us", SUPPORTED)]
