"""Quotations an outlet writes with a slip the check must see through: a name's accents dropped, a parenthesis
standing for an editor's brackets at the quotation's start; a word moved."""

from readout_viewer.core.model import ALTERED, EXACT, OFFICIAL, OUTLET, Document
from readout_viewer.core.quotes.check import check_quotes
from readout_viewer.core.quotes.verdicts import written_apart
from readout_viewer.core.quotes.words import BRACKET, quote_words, word_key

RELEASE = ("The Prime Minister spoke with the President today. The Prime Minister underlined his firm view that the "
           "dispute can only be settled through patient dialogue. Officials will meet President Núñez to discuss "
           "further steps that can be taken together on the river.")


def _doc(doc_id: str, text: str, role: str = OUTLET) -> Document:
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1")


def _verdicts(news_text: str) -> list[str]:
    quotes = check_quotes([_doc("pm", RELEASE, OFFICIAL), _doc("news", news_text)])
    return [q.verdict for q in quotes if q.doc == "news"]


def test_a_name_written_without_its_accents_is_the_same_word():
    assert word_key("núñez") == word_key("nunez") and word_key("lópez") == "lopez"
    assert _verdicts('It added they will "meet President Nunez to discuss further steps that can be taken together."'
                     ) == [EXACT]


def test_a_parenthesis_opening_a_quotation_is_an_editors_insertion():
    assert _verdicts('"(Singh) underlined his firm view that the dispute can only be settled through patient '
                     'dialogue," the statement said.') == [EXACT]
    text = '"(Singh) underlined his view (as ever) today"'
    words = quote_words(text, 1, len(text) - 1)
    assert [text[w.start:w.end] for w in words][:2] == ["underlined", "his"]
    assert "as" in [text[w.start:w.end] for w in words]  # a parenthesis further in is the speaker's own
    assert BRACKET not in [w.gap for w in words[1:]]


def test_a_word_moved_is_an_alteration_not_a_word_written_apart():
    assert written_apart(((0, "a"), (-1, "cease fire"), (1, "ceasefire"), (0, "b")))
    assert not written_apart(((-1, "group"), (0, "Wagner"), (1, "group"), (0, "in Africa")))
    assert _verdicts('It said "officials will meet President Núñez to discuss steps further that can be taken together."'
                     ) == [ALTERED]
