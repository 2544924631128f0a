"""A cue sentence that ends on a colon introduces the source's words: the statement runs on into the next unit."""

from readout_viewer.core.attributions.check import check_attributions
from readout_viewer.core.language.sentences import loose_sentences
from readout_viewer.core.model import OFFICIAL, OUTLET, SUPPORTED, Claim, Document
from readout_viewer.core.quotes.check import check_quotes

US_TEXT = ("The President spoke today with the Chancellor. He urged restraint along the northern border. "
           "He made clear that the allies would respond firmly to any new incursion.")


def _doc(doc_id, text, role=OUTLET, source=None, side=None, kind=None):
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1",
                    source=source, side=side, kind=kind)


def _found(said: str):
    """The news text's attributions, the cue sentence ending on a colon before `said`; and the news text."""
    docs = [_doc("us", US_TEXT, OFFICIAL, "The White House", "US", "readout"),
            _doc("news", "The White House spoke of the call. The official also commented on the border, saying:\n\n"
                         + said, source="Daily Paper")]
    claims = {d.id: [Claim(f"{d.id}#{i}", d.id, s, e, d.text[s:e]) for i, (s, e) in enumerate(loose_sentences(d.text), 1)]
              for d in docs}
    return [a for a in check_attributions(docs, claims, [], check_quotes(docs)) if a.doc == "news"], docs[1].text


def test_a_cue_ending_on_a_colon_is_checked_with_the_words_it_introduces():
    found, text = _found("The allies would respond firmly to any new incursion.")
    assert [(a.cited, a.verdict) for a in found] == [("us", SUPPORTED)]
    assert text[found[0].start:found[0].end].startswith("The official also commented")
    assert text[found[0].start:found[0].end].endswith("any new incursion.")


def test_the_quotation_a_colon_introduces_is_checked_once_with_its_cue():
    found, text = _found("\u201cThe allies would respond firmly to any new incursion.\u201d")
    assert [(a.cited, a.verdict) for a in found] == [("us", SUPPORTED)]
    assert text[found[0].start:found[0].end].startswith("The official also commented")
