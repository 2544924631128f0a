"""A quotation matching many content words in order is a translation of a passage even when the origin's sentences
hold clauses it condenses (a lower Dice floor); a short one spread over a long sentence still is not."""

from readout_viewer.core.model import ALTERED, NOT_FOUND, OFFICIAL, OUTLET, Document
from readout_viewer.core.quotes.check import check_quotes


def doc(doc_id: str, text: str, role: str = OUTLET) -> Document:
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1")


def verdict(source: str, news: str):
    mine = [q for q in check_quotes([doc("kr", source, OFFICIAL), doc("news", news)]) if q.doc == "news"]
    assert len(mine) == 1, mine
    return mine[0]


def test_a_long_translation_of_a_sentence_running_on_is_altered():
    """Seven quoted words in order (Dice 0.48): "a speedy end" condenses "swift steps toward calm", and the origin
    runs through a clause the quotation leaves out."""
    source = ("The ministers met in the port. The presidents discussed the escalation of the harbour dispute, which "
              "could harm the whole coast. They stressed the imperative of swift steps toward calm and the "
              "intensification of political and diplomatic efforts.")
    q = verdict(source, 'He said: "The presidents noted the need for speedy steps to end the harbour dispute and the '
                        'intensification of political and diplomatic efforts," the Kremlin said.')
    assert q.verdict == ALTERED and q.source is not None and q.source.doc == "kr"
    assert source[q.source.start:q.source.end].endswith("political and diplomatic efforts")


def test_five_words_spread_over_a_long_sentence_stay_not_found():
    """A leader's own short remark (five content words matched, Dice 0.48) keeps the stricter floor."""
    source = ("The leaders met in the port. The prime minister said both sides should take the opportunity of next "
              "year, which marks the fiftieth anniversary of the normalisation of their bilateral diplomatic "
              "relations, to establish constructive and stable ties.")
    q = verdict(source, 'He said the two sides "must take the opportunity to build constructive and stable ties," '
                        'reporters heard.')
    assert q.verdict == NOT_FOUND

