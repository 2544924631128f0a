"""A source text's words read as columns (keys, offsets, pair numbers) give what reading each word gave; a
quotation's words are copied only where a gap stands before them."""

import random

from readout_viewer.core.language.text import tokens
from readout_viewer.core.quotes import words as quote_words_module
from readout_viewer.core.quotes.source_text import PAIR_SHIFT, SourceText, Vocabulary
from readout_viewer.core.quotes.words import Word, quote_words, word_key

TEXT = ("The co-operation of the two sides, President Zelenskyy said, is a programme of centre-right defence; "
        "the follow-up talks on the programme will go on. The two sides met, and the two sides spoke.")


def test_numbers_are_the_order_keys_first_come_in():
    rng = random.Random(7)
    vocab, one_by_one = Vocabulary(), {}
    for _ in range(50):
        keys = [rng.choice("abcdefghij") * rng.randint(1, 2) for _ in range(rng.randint(0, 20))]
        assert vocab.numbers(keys) == [one_by_one.setdefault(k, len(one_by_one)) for k in keys]
    assert vocab.ids == one_by_one


def test_a_source_holds_the_columns_of_its_tokens():
    toks = tokens(TEXT)
    source = SourceText("a", TEXT, toks, Vocabulary()).settle(frozenset())
    unsplit = SourceText("b", TEXT, toks)
    assert unsplit.keys == [word_key(t.norm) for t in toks]
    assert list(unsplit.starts) == [t.start for t in toks] and list(unsplit.ends) == [t.end for t in toks]
    ids = [source.vocab.ids[k] for k in source.keys]
    every = sorted({a << PAIR_SHIFT | b for a, b in zip(ids, ids[1:])})
    assert source.holds(set(every) | {-1}) == every
    assert source.holds({every[3], every[0]}) == [every[0], every[3]]
    assert SourceText("c", "", [], Vocabulary()).settle(frozenset()).holds({1}) == []


def test_only_a_word_after_a_gap_is_copied(monkeypatch):
    text = "\u201cWe will go on [with the talks] and \u2026 keep the co-operation going,\u201d he said."
    want = quote_words(text, 1, text.index("\u201d"))
    copied = []
    real = Word._replace
    monkeypatch.setattr(Word, "_replace", lambda self, **kw: copied.append(self) or real(self, **kw))
    assert quote_words_module.quote_words(text, 1, text.index("\u201d")) == want
    assert [w.key for w in copied] == ["and", "keep"]
    assert [w.gap for w in want if w.gap] == [1, 2]
