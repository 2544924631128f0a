"""A slogan both sides' official texts use ("a free and open Indo-Pacific") is no sign of where a quotation comes
from: a quotation sharing only that with a readout is not found there, and not pinned on it as misattributed."""

from readout_viewer.core.attributions.check import check_attributions
from readout_viewer.core.language.sentences import loose_sentences
from readout_viewer.core.model import ALTERED, MISATTRIBUTED, NOT_FOUND, OFFICIAL, OUTLET, Claim, Document
from readout_viewer.core.quotes.check import check_quotes
from readout_viewer.core.quotes.stock import shared_runs, stock_only

US_TEXT = ("The President spoke today with the Prime Minister. They affirmed the alliance as the cornerstone of peace "
           "and prosperity in a free and open Indo-Pacific.")
JP_TEXT = ("The Prime Minister held a telephone talk with the President. The two leaders agreed to work together to "
           "address regional challenges and to realize a Free and Open Indo-Pacific.")
# The U.S. citation of a medal: words no text of the folder holds, but for the slogan.
SLOGAN_QUOTE = ("The former prime minister was awarded the Legion of Merit for his \u201cleadership and vision for a "
                "free and open Indo-Pacific,\u201d the White House said.")


def doc(doc_id, text, role=OUTLET, source=None, side=None):
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1", source=source,
                    side=side, kind="readout" if role == OFFICIAL else None)


def folder(news_text):
    return [doc("us", US_TEXT, OFFICIAL, "The White House", "US"), doc("jp", JP_TEXT, OFFICIAL, "Government of Japan",
                                                                       "JP"), doc("news", news_text)]


def news_quote(documents):
    quotes = [q for q in check_quotes(documents) if q.doc == "news"]
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_a_quotation_sharing_only_a_slogan_of_both_sides_is_not_found():
    quote = news_quote(folder(SLOGAN_QUOTE))
    assert (quote.verdict, quote.source) == (NOT_FOUND, None)


def test_words_beyond_the_slogan_still_make_it_altered():
    quote = news_quote(folder("They vowed \u201cto address regional leadership and to realize a free and open "
                              "Indo-Pacific,\u201d the paper said."))
    assert quote.verdict == ALTERED and quote.source is not None and quote.source.doc == "jp"


def test_one_sides_wording_is_no_slogan():
    documents = folder(SLOGAN_QUOTE)
    documents[0] = doc("us", US_TEXT.replace("a free and open Indo-Pacific", "the region"), OFFICIAL,
                       "The White House", "US")
    quote = news_quote(documents)
    assert quote.verdict == ALTERED and quote.source is not None and quote.source.doc == "jp"


def test_a_slogan_is_no_misattribution():
    documents = folder(SLOGAN_QUOTE)
    claims = {d.id: [Claim(f"{d.id}#{i}", d.id, s, e, d.text[s:e])
                     for i, (s, e) in enumerate(loose_sentences(d.text), 1)] for d in documents}
    found = [a for a in check_attributions(documents, claims, [], check_quotes(documents)) if a.doc == "news"]
    assert found and all(a.verdict != MISATTRIBUTED for a in found)


def test_shared_runs_keep_those_with_a_content_word():
    quote = "leadership and vision for a free and open indo pacific".split()
    passage = "challenges and to realize a free and open indo pacific".split()
    assert shared_runs(quote, passage) == [tuple("a free and open indo pacific".split())]
    assert stock_only(quote, passage, lambda run: run[1] == "free")
    assert not stock_only(quote, passage, lambda run: False)
    assert not stock_only(["and", "the"], ["and", "the"], lambda run: True)  # nothing shared: no verdict of this
