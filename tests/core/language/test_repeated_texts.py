"""A short text read again is answered from memory: its folding, its raw words, a whole text's sentence ends and who a
sentence opens on are each worked out once (a stand-in that refuses the work after the first ask), with the answer of
the first ask."""

import pytest

from readout_viewer.core.language import reports, sentences, text
from tests.builders import asked_again

DOC = "The leaders spoke. They agreed to meet! Did they? Yes."


@pytest.fixture(autouse=True)
def _cleared():
    for module, name in ((text, "_fold_short"), (text, "_short_raw_words"), (sentences, "_whole_ends"),
                         (reports, "report_subject")):
        getattr(getattr(module, name, None), "cache_clear", lambda: None)()  # no memo: nothing kept to clear


def test_a_short_text_with_marks_is_folded_once(monkeypatch):
    said = "The Kremlin\u2019s \u201cfrank\u201d talks \u2014 a start"
    first, again = asked_again(monkeypatch, lambda: text.fold(said), (text, "_FOLD_PAIRS"))
    assert first == said.translate(text.FOLD_MAP).lower() == again


def test_a_long_text_and_an_ascii_one_are_folded_as_before():
    long_text = "\u201cA\u201d b " * 400  # over MEMO_TEXT characters: not kept
    assert len(long_text) > text.MEMO_TEXT
    assert text.fold(long_text) == long_text.translate(text.FOLD_MAP).lower()
    assert text.fold("It's `plain` TEXT") == "it's 'plain' text"


def test_a_short_text_is_read_for_raw_words_once(monkeypatch):
    said = "Give-and-take, the Kremlin\u2019s line"
    first, again = asked_again(monkeypatch, lambda: text.raw_words(said), (text, "_RAW_WORD"),
                               (text, "_ASCII_RAW_WORD"))
    assert first == ["give-and-take", "the", "kremlin's", "line"] == again


def test_a_whole_text_is_cut_into_sentences_once(monkeypatch):
    first, again = asked_again(monkeypatch, lambda: sentences.sentence_ends(DOC), (sentences, "_SENTENCE_END"))
    assert [DOC[:i] for i in first] == ["The leaders spoke.", "The leaders spoke. They agreed to meet!",
                                        "The leaders spoke. They agreed to meet! Did they?"]
    assert again == first


def test_part_of_a_text_is_cut_as_asked():
    sentences.sentence_ends(DOC)
    assert sentences.sentence_ends(DOC, 19) == [DOC.index("!") + 1, DOC.index("?") + 1]


def test_who_a_sentence_opens_on_is_read_once(monkeypatch):
    said = "Putin told Biden that Russia would respond."
    first, again = asked_again(monkeypatch, lambda: reports.report_subject(said), (reports, "_REPORT"))
    assert first == "Putin" == again
