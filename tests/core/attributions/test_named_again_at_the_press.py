"""A leader's quoted words right after a sentence that places him before the press, the sentences between naming him
again ('"...," Berg said.' after "Berg, speaking at a press conference after the call, ..."): told to the press, not
on the call, as a pronoun going on for him already was."""

from readout_viewer.core.attributions.occasions import told_elsewhere
from tests.builders import unreported_texts

OPENING = "Norwegian President Ola Berg spoke with the Swedish president on Monday.\n\n"
PLACED = "Berg, speaking at a press conference after the call, said he was pleased with the talks.\n\n"
QUOTES = ("\u201cNorway will send three warships to the northern strait next month,\u201d Berg said. \u201cThey will "
          "patrol the fishing grounds until the spring thaw.\u201d\n")


def test_words_after_the_press_sentence_are_not_listed(tmp_path):
    listed = unreported_texts(tmp_path, OPENING + PLACED + QUOTES)
    assert not any("warships" in t or "spring thaw" in t for t in listed)  # main: both sentences listed


def test_the_same_words_with_no_press_sentence_are_listed(tmp_path):
    assert any("warships" in t for t in unreported_texts(tmp_path, OPENING + QUOTES))  # a guard: passes on main too


def test_the_sentences_before_must_each_name_him():
    text = PLACED + "Sol then left the hall. \u201cWe will patrol,\u201d Berg said."
    assert told_elsewhere(PLACED + "\u201cWe will patrol,\u201d Berg said.", len(PLACED), len(PLACED) + 30, "Berg")
    assert not told_elsewhere(text, text.index("\u201cWe"), len(text), "Berg")  # a sentence of another between
