"""A translation that moves a clause ("put the strengthening of the union on new foundations" for "providing new
foundations for the strengthening of the union") carries the moved phrase too: the in-order alignment keeps one side,
the moved phrase inside the passage is counted (quotes/moved.py); single words found apart are not."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.model import ALTERED, NOT_FOUND, OFFICIAL, OUTLET, Document
from readout_viewer.core.quotes.check import check_quotes
from readout_viewer.core.quotes.moved import moved

SOURCE = ("The presidents met in the capital. The President stressed the importance of returning a just peace to the "
          "region and the whole continent, resolving the existing difficulties and providing new foundations for "
          "the strengthening of the union. They also discussed trade.")


def doc(doc_id: str, text: str, role: str = OUTLET) -> Document:
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1")


def verdict(source: str, news: str):
    mine = [q for q in check_quotes([doc("pr", source, OFFICIAL), doc("news", news)]) if q.doc == "news"]
    assert len(mine) == 1, mine
    return mine[0]


def test_a_translation_moving_a_clause_is_altered():
    q = verdict(SOURCE, 'He said: "It is important for there to be peace, so as to put the strengthening of the '
                        'union on new foundations," the paper reported.')
    assert q.verdict == ALTERED and q.source is not None and q.source.doc == "pr"
    assert "new foundations" in SOURCE[q.source.start:q.source.end]


def test_the_same_words_not_in_the_passage_stay_not_found():
    """Without the moved phrase the quotation shares four words in a long sentence: not clearly its origin."""
    q = verdict(SOURCE, 'He said: "It is important for there to be peace, so as to put the strengthening of the '
                        'union on stable ground," the paper reported.')
    assert q.verdict == NOT_FOUND


def _concepts(words: str) -> list[str]:
    return [concept(w) for w in words.split()]


def test_a_moved_phrase_counts_and_scattered_words_do_not():
    keys = [concept(w) for w in "important peace put strengthening union new foundations".split()]
    text = _concepts("importance returning peace region resolving providing new foundations strengthening union")
    # in order: important, peace (quote 0-1 at text 0, 2) and strengthening union (quote 3-4 at text 8)
    blocks = [(0, 0, 1), (1, 2, 1), (3, 8, 2)]
    assert moved(keys, blocks, text, 0, 0, 10) == [5, 6]  # "new foundations", together before them in the text
    apart = _concepts("importance returning peace new region foundations providing strengthening union")
    assert moved(keys, [(0, 0, 1), (1, 2, 1), (3, 7, 2)], apart, 0, 0, 9) == []
