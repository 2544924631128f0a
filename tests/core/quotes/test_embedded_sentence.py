"""A quotation that renders one official sentence in another order is altered, not "a longer text the folder lacks":
the words it adds around its closest passage stand in that passage's own sentence (quotes/verdicts.embedded)."""

from readout_viewer.core.model import ALTERED, NOT_FOUND, OFFICIAL, OUTLET, Document
from readout_viewer.core.quotes.check import check_quotes
from readout_viewer.core.quotes.verdicts import embedded


def doc(doc_id: str, text: str, role: str = OUTLET) -> Document:
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1")


def verdict(source: str, news: str):
    mine = [q for q in check_quotes([doc("cn", source, OFFICIAL), doc("news", news)]) if q.doc == "news"]
    assert len(mine) == 1, mine
    return mine[0]


def test_words_added_from_the_passages_own_sentence_are_not_embedding():
    """"cooperation" and "climate" stand after the closest passage in its sentence: two words of the quotation's ten
    are its own ("on", "issues"), under a third."""
    quote = "cooperation on trade finance education energy health and climate issues".split()
    passage = "trade financial educational energy and health".split()
    assert embedded(passage, quote)
    assert not embedded(passage, quote, ["cooperation", "supports", "goals", "countries", "climate", "change"])


def test_a_function_word_of_the_sentence_does_not_count():
    """Only content words of the sentence are passed: "to" is in every sentence (check.py keeps it out)."""
    quote = "ongoing efforts to maintain open lines of communication".split()
    assert embedded("maintaining open lines of communication".split(), quote, ["leaders", "agreed", "importance"])


def test_a_reordered_translation_of_one_sentence_is_altered():
    source = ("The two leaders spoke by telephone. Enhanced trade, financial, educational, energy and health "
              "cooperation supports the goals of both countries and helps address climate change and other global "
              "challenges. The Prime Minister thanked the President.")
    q = verdict(source, 'Starmer spoke of "cooperation on trade, finance, education, energy, health, and climate '
                        'issues," the paper said.')
    assert q.verdict == ALTERED and q.source is not None and q.source.doc == "cn"


def test_words_from_no_official_sentence_still_embed_the_passage():
    """The official passage inside a quotation that adds "ongoing efforts" (no official sentence has them): a longer
    text the folder does not hold, not found."""
    source = ("The President spoke with the Chairman. The two leaders also agreed on the importance of maintaining "
              "open lines of communication, to manage the competition between our two countries.")
    q = verdict(source, 'The call was part of "ongoing efforts to maintain open lines of communication" between '
                        'the two capitals.')
    assert q.verdict == NOT_FOUND
