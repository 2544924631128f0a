"""A quotation that opens in an outlet sentence and closes in a later one ("Berg wrote, “I had a phone call with
Premier Sol. ...”") echoes the official sentence it copies as a closed one does, when what the sentence holds of it is
specific (`quoted_phrases.quoted`: PHRASE_WORDS content words); a short open quotation ("We had a call.) is not."""

from readout_viewer.core.linking.quoted_phrases import quoted
from readout_viewer.core.model import OUTLET
from tests.builders import text_doc
from tests.core.linking.test_align import _links

POST = "I had a phone call with Premier Sol."
NORTH = text_doc("north", f"{POST}\n\nWe agreed to keep the quotas for the trawlers.", side="N")


def test_an_open_quotation_of_three_content_words_is_taken():
    assert quoted("Berg wrote, \u201cI had a phone call with Premier Sol.") == ["i had a phone call with premier sol"]
    assert quoted("Berg said, \u201cWe had a call.") == []  # one content word: not specific enough open


def test_an_outlet_sentence_opening_a_quotation_of_a_post_reports_the_post():
    opening = f"Taking to the network, Berg wrote, \u201c{POST}"
    paper = text_doc("paper", f"{opening} We agreed to keep the quotas.\u201d\n\nThe talks ran late.", role=OUTLET)
    assert (opening, POST) in {(a, b) for a, b, _ in _links(paper, NORTH)}
