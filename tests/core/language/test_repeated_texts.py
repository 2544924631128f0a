"""A short text read again is answered from memory: its folding, its raw words, a whole text's sentence ends and who a
sentence opens on are each worked out once (a stub that refuses the work stands in after the first ask), with the
answer of the first ask."""

import pytest

from readout_viewer.core.language import reports, sentences, text


class _Refused:
    """Stands in for a pattern or a table once the first answer is kept: any use of it fails the test."""

    def __getattr__(self, name):
        raise AssertionError(f"worked out again ({name})")

    def __iter__(self):
        raise AssertionError("worked out again (iterated)")


@pytest.fixture(autouse=True)
def _cleared():
    for module, name in ((text, "_fold_short"), (text, "_short_raw_words"), (sentences, "_whole_ends"),
                         (reports, "report_subject")):
        getattr(getattr(module, name, None), "cache_clear", lambda: None)()  # no memo: nothing kept to clear


def test_a_short_text_with_marks_is_folded_once(monkeypatch):
    said = "The Kremlin\u2019s \u201cfrank\u201d talks \u2014 a start"
    first = text.fold(said)
    assert first == said.translate(text.FOLD_MAP).lower()
    monkeypatch.setattr(text, "_FOLD_PAIRS", _Refused())
    assert text.fold(said) == first


def test_a_long_text_and_an_ascii_one_are_folded_as_before():
    long_text = "\u201cA\u201d b " * 400  # over MEMO_TEXT characters: not kept
    assert len(long_text) > text.MEMO_TEXT
    assert text.fold(long_text) == long_text.translate(text.FOLD_MAP).lower()
    assert text.fold("It's `plain` TEXT") == "it's 'plain' text"


def test_a_short_text_is_read_for_raw_words_once(monkeypatch):
    said = "Give-and-take, the Kremlin\u2019s line"
    first = text.raw_words(said)
    assert first == ["give-and-take", "the", "kremlin's", "line"]
    monkeypatch.setattr(text, "_RAW_WORD", _Refused())
    monkeypatch.setattr(text, "_ASCII_RAW_WORD", _Refused())
    assert text.raw_words(said) == first


def test_a_whole_text_is_cut_into_sentences_once(monkeypatch):
    doc = "The leaders spoke. They agreed to meet! Did they? Yes."
    first = sentences.sentence_ends(doc)
    assert [doc[:i] for i in first] == ["The leaders spoke.", "The leaders spoke. They agreed to meet!",
                                        "The leaders spoke. They agreed to meet! Did they?"]
    monkeypatch.setattr(sentences, "_SENTENCE_END", _Refused())
    assert sentences.sentence_ends(doc) == first


def test_part_of_a_text_is_cut_as_asked(monkeypatch):
    doc = "The leaders spoke. They agreed to meet! Did they? Yes."
    sentences.sentence_ends(doc)
    assert sentences.sentence_ends(doc, 19) == [doc.index("!") + 1, doc.index("?") + 1]


def test_who_a_sentence_opens_on_is_read_once(monkeypatch):
    said = "Putin told Biden that Russia would respond."
    first = reports.report_subject(said)
    assert first == "Putin"
    monkeypatch.setattr(reports, "_REPORT", _Refused())
    assert reports.report_subject(said) == first
