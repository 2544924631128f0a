"""Speed, the same results: the attributions' sentences: the same sentence ends as _LOOSE_END.finditer, found in linear
time where a run of words ends without a full stop."""

import random

from readout_viewer.core.language import sentences as rule
from readout_viewer.core.language.sentences import _loose_ends, loose_sentences

CASES = ["", "a", "\n", "a.\n", "U.S. officials met.\nThen", "x\n\n", "\u2026a\u2026 b", "a\u2026", "... ", "Hi!\n",
         "a.b.c", "\n\nx.", "wrapped line\nwithout a stop\n\nNext. One", "3.5 per cent, U.S.-led", 'He said: "No."']


def _finditer_ends(text: str) -> list[int]:
    return [m.end() for m in rule._LOOSE_END.finditer(text)]


def test_the_same_ends_as_finditer_on_literal_texts() -> None:
    for text in CASES:
        assert list(_loose_ends(text)) == _finditer_ends(text), repr(text)


def test_the_same_ends_as_finditer_on_random_texts() -> None:
    rng = random.Random(4)
    for _ in range(2000):
        text = "".join(rng.choice("ab ,.!?\n\u2026\"')S") for _ in range(rng.randint(0, 30)))
        assert list(_loose_ends(text)) == _finditer_ends(text), repr(text)


def test_sentences_of_a_wrapped_paragraph() -> None:
    text = "The U.S. side said\nit was ready. Mr. Biden agreed.\n\nNext paragraph here"
    assert [text[s:e] for s, e in loose_sentences(text)] == [
        "The U.S. side said\nit was ready.", "Mr. Biden agreed.", "Next paragraph here"]


def test_a_long_run_without_a_stop_is_read_in_linear_time() -> None:
    text = ("word " * 20000 + "\n") * 3  # finditer would try 300,000 starts, each reading to its line's end
    assert list(_loose_ends(text)) == [len(text) - 1, len(text) - 1, len(text)]  # as finditer on a short one
    short = ("word " * 20 + "\n") * 3
    assert _finditer_ends(short) == [len(short) - 1, len(short) - 1, len(short)]
