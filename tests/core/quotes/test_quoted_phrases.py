"""A quoted phrase of two to four words is exact, with its passage, when an official text holds it word for word
(Pravda's "occupied Crimea" from the White House readout); it gets no verdict otherwise, and one word never does.
The attributions read none of these phrases: a verdict on a statement needs a quotation."""

from readout_viewer.core.model import EXACT
from readout_viewer.core.quotes.check import check_quotes
from readout_viewer.core.quotes.phrases import is_phrase
from tests.core.quotes.test_quotes import READOUT, doc, official, only


def test_a_short_phrase_an_official_text_holds_is_exact():
    news = doc("news", "Officials said the observers would go to \u201cthe border region\u201d next month.")
    q = only(check_quotes([official(), news]))
    assert (q.verdict, q.source.doc) == (EXACT, "wh")
    assert READOUT[q.source.start:q.source.end] == "the border region"
    assert is_phrase(news.text, q)


def test_a_short_phrase_no_official_text_holds_and_one_word_get_no_verdict():
    news = doc("news", "Critics called the plan \u201ca paper tiger\u201d and the talks \u201cautumn\u201d theatre.")
    assert check_quotes([official(), news]) == []
