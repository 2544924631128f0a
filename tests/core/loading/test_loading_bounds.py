"""Text reaches the engine and the viewer bounded and in logical order: over-long words and lines are cut with a
note, bidi controls and zero-width characters are removed at load time (so every offset agrees with `text`)."""

from readout_viewer.core import loading
from readout_viewer.core.loading import encoding, plaintext


def _load(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return loading.load(tmp_path, name, loading.scan(tmp_path).settings)


def test_a_giant_word_is_cut_into_pieces_with_a_note(tmp_path):
    loaded = _load(tmp_path, "word.txt", "a" * 200_000)
    text = loaded.document.text
    assert max(len(w) for w in text.split()) <= plaintext.MAX_WORD_CHARS
    assert max(len(line) for line in text.split("\n")) <= plaintext.MAX_PARAGRAPH_CHARS
    assert text.replace(" ", "").replace("\n", "") == "a" * 200_000
    assert "without a space were cut" in loaded.problems[0].message


def test_a_giant_line_is_split_at_sentence_ends(tmp_path):
    sentence = "The envoys met in Geneva and agreed to talk again soon. "
    loaded = _load(tmp_path, "line.txt", sentence * 2_000)
    lines = [line for line in loaded.document.text.split("\n") if line]
    assert len(lines) > 1 and all(len(line) <= plaintext.MAX_PARAGRAPH_CHARS for line in lines)
    assert all(line.endswith("soon.") for line in lines)  # cut between sentences, never inside one
    assert "split into paragraphs" in loaded.problems[0].message


def test_ordinary_text_is_untouched():
    text = "A paragraph.\n\nAnother one, with a long-ish URL https://example.org/" + "x" * 300 + "\n"
    assert plaintext.bound(text) == (text, [])


def test_bidi_overrides_and_zero_width_characters_are_removed_with_a_note(tmp_path):
    loaded = _load(tmp_path, "uni.md", "---\ntitle: \u202eetatS eht fo tnemetatS\u202c\n---\n"
                                       "Vla\u200ddimir Pu\u200btin met \u2066Joe\u2069 Biden in Gen\u200ceva.\n")
    doc = loaded.document
    assert doc.title == "etatS eht fo tnemetatS"  # shown in the order written: no override reverses it
    assert doc.text == "Vladimir Putin met Joe Biden in Geneva.\n"
    assert "bidirectional control" in loaded.problems[0].message


def test_emoji_sequences_and_marks_survive_apart_from_their_joiners():
    assert encoding.normalize_text("e\u0301 \U0001F468\u200d\U0001F469") == "\u00e9 \U0001F468\U0001F469"
    assert encoding.bidi_controls("\u202eab\u202c \u2067x\u2069") == 4


def test_a_text_longer_than_a_document_may_be_is_refused_with_a_message(tmp_path):
    sentence = "The envoys met in Geneva and agreed to talk again soon.\n\n"
    loaded = _load(tmp_path, "book.txt", sentence * (plaintext.MAX_TEXT_CHARS // len(sentence) + 10))
    assert loaded.document is None
    assert "over the limit of 500,000" in loaded.problems[0].message and "split it" in loaded.problems[0].message
    assert _load(tmp_path, "long.txt", sentence * 2_000).document is not None  # 114,000 characters: read


class _Unsearchable:
    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"searched ({name})")


def test_a_text_of_short_words_is_not_searched_for_a_giant_one(monkeypatch):
    words = "The envoys met in Geneva\u2009and agreed\u3000to talk again. " * 50 + "x" * plaintext.MAX_WORD_CHARS
    want = plaintext.bound(words)
    monkeypatch.setattr(plaintext, "_LONG_WORD", _Unsearchable())
    assert plaintext.bound(words) == want == (words, [])


def test_the_longest_piece_is_cut_where_the_pattern_cuts_it():
    for space in (" ", "\t", "\n", "\u2009", "\u3000", "\u0085", "\x1c"):  # \s and str.split() take the same ones
        text = "a" * 600 + space + "b" * 1200 + space + "c"
        cut, notes = plaintext.bound(text)
        assert notes and max(map(len, cut.split())) == plaintext.MAX_WORD_CHARS, repr(space)
        assert plaintext.bound("a" * 600 + space + "b" * 900)[1] == [], repr(space)
