"""A quoted phrase of two to four words is exact, with its passage, when an official text holds it word for word
(Pravda's "occupied Crimea" from the White House readout); it gets no verdict otherwise, and one word never does.
The attributions read none of these phrases: a verdict on a statement needs a quotation."""

from readout_viewer.core.model import EXACT, Quote
from readout_viewer.core.quotes.check import check_quotes
from readout_viewer.core.quotes.phrases import is_phrase
from readout_viewer.core.quotes.words import solid_words
from tests.core.quotes.test_quotes import READOUT, doc, official, only


def test_a_short_phrase_an_official_text_holds_is_exact():
    news = doc("news", "Officials said the observers would go to \u201cthe border region\u201d next month.")
    q = only(check_quotes([official(), news]))
    assert (q.verdict, q.source.doc) == (EXACT, "wh")
    assert READOUT[q.source.start:q.source.end] == "the border region"
    assert is_phrase(news.text, q, lambda: solid_words([READOUT, news.text]))


def test_a_short_phrase_no_official_text_holds_and_one_word_get_no_verdict():
    news = doc("news", "Critics called the plan \u201ca paper tiger\u201d and the talks \u201cautumn\u201d theatre.")
    assert check_quotes([official(), news]) == []


def test_a_phrase_counts_a_hyphenated_word_as_the_check_does():
    """Four words where the folder writes "cooperation" solid: "co-operation" is one word, as the check counted it
    when it took the phrase for one (split, the words would be five: a quotation the attributions would read)."""
    readout = official("The leaders agreed on closer cooperation on trade and energy.")
    news = doc("news", "The two sides promised \u201ccloser co-operation on trade\u201d this year.")
    q = only(check_quotes([readout, news]))
    assert (q.verdict, news.text[q.start:q.end]) == (EXACT, "closer co-operation on trade")
    assert is_phrase(news.text, q, lambda: solid_words([readout.text, news.text]))
    assert not is_phrase(news.text, q, lambda: solid_words([news.text]))  # nowhere solid: five words


def test_the_folder_s_solid_words_are_read_only_when_the_count_turns_on_them():
    def unread() -> frozenset[str]:
        raise AssertionError("the folder's solid words were read")

    news = doc("news", "He said \u201cthe border region\u201d and \u201cwe will meet again in the autumn\u201d and "
                       "\u201cthe long-term plan stands firm today\u201d.")
    short, long, hyphenated = (Quote("news", news.text.index(t), news.text.index(t) + len(t), EXACT)
                               for t in ("the border region", "we will meet again in the autumn",
                                         "the long-term plan stands firm today"))
    assert is_phrase(news.text, short, unread)
    assert not is_phrase(news.text, long, unread)
    assert not is_phrase(news.text, hyphenated, unread)  # six words even with "long-term" whole
