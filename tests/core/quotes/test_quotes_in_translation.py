"""An altered quotation of an official text that is itself an English translation says so in its detail: the outlet
may quote another translation of the same words, which a reader must not print as a misquotation."""

from readout_viewer.core import jsonio
from readout_viewer.core.model import ALTERED, EXACT, OFFICIAL, OUTLET, Analysis, Document
from readout_viewer.core.quotes.changes import quote_reason
from readout_viewer.core.quotes.check import check_quotes
from readout_viewer.core.quotes.sources import TRANSLATION_NOTE

STATEMENT = "Indeed, the conversation took place and lasted over two hours. It was very substantive and quite frank."


def official(side: str | None, extra: dict | None = None) -> Document:
    return Document(id="st", path="st.md", title="Statement", text=STATEMENT, role=OFFICIAL, event="e1", side=side,
                    extra=extra or {})


def news(words: str) -> Document:
    return Document(id="news", path="news.txt", title="News", text=f'The president said "{words}," reporters heard.',
                    role=OUTLET, event="e1")


def quote_of(source: Document, words: str = "the conversation took place and lasted for more than two hours"):
    mine = [q for q in check_quotes([source, news(words)]) if q.doc == "news"]
    assert len(mine) == 1, mine
    return mine[0]


def test_altered_quote_of_a_non_english_governments_text_says_it_is_a_translation():
    q = quote_of(official("RU"))
    assert q.verdict == ALTERED and q.detail == TRANSLATION_NOTE


def test_altered_quote_of_a_text_marked_translation_says_so_whatever_its_side():
    assert quote_of(official(None, {"translation": "the ministry's English page"})).detail == TRANSLATION_NOTE


def test_english_writing_government_or_unknown_country_gets_no_note():
    for side in ("US", "GB", "Valdoria", None):
        q = quote_of(official(side))
        assert q.verdict == ALTERED and q.detail is None, side


def test_exact_quote_of_a_translation_gets_no_note():
    q = quote_of(official("RU"), "the conversation took place and lasted over two hours")
    assert q.verdict == EXACT and q.detail is None


def test_the_reason_a_person_reads_carries_the_note_and_json_keeps_it():
    q = quote_of(official("CN"))
    assert quote_reason(q) == f"“over” became “for more than”; {TRANSLATION_NOTE}"
    analysis = Analysis(root="r", documents=(official("CN"), news("x")), quotes=(q,))
    assert jsonio.from_dict(jsonio.to_dict(analysis)).quotes == (q,)
