"""Patterns searched only in a text that holds what their every match holds: the same results as searching all."""

import random
import re

import pytest

from readout_viewer.core.language import clauses, figures, text

_ALPHABET = "ourisyemncfgdlap \n"


def _words(n: int) -> list[str]:
    rng = random.Random(16)
    return [*("colour colours favourable theatre centred realised organisations analysed defence licences dialogue "
              "catalogues travelled cancelling programme programmes talks our re is \ncolour colour\n".split(" ")),
            *("".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 12))) for _ in range(n))]


def test_british_endings_rewrite_what_they_rewrote_without_the_endings_gate():
    ungated = text.Rewrites(*((p.pattern, repl) for p, repl in text.BRITISH_ENDINGS.rules))
    for word in _words(3000):
        assert text.BRITISH_ENDINGS(word) == ungated(word), repr(word)


class _Unsearchable:
    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"searched ({name})")


def test_a_word_ending_in_none_of_the_endings_is_not_searched(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(text.BRITISH_ENDINGS, "any", _Unsearchable())
    assert text.BRITISH_ENDINGS("talks") == "talks"
    with pytest.raises(AssertionError):
        text.BRITISH_ENDINGS("colour")


_PIECES = ["Putin", "said", "the", "call", "lasted", "90 minutes", "two-hour", "an hour and a half", "3\u00bd hours",
           "50 per cent", "12%", "on Dec. 7", "30 December", "January 9-10", "Nord Stream 2", "security[1]", ",",
           "Biden, 78,", "number two,", "Point 3:", "one", "phone", "often", "ten", "seven", "\u0663\u0660 days",
           "today", "a week", "nearly four hours", "the two leaders", "2021", "1.5 hours", "some 40 people", "."]


def test_figures_are_those_found_with_every_pattern_searched(monkeypatch: pytest.MonkeyPatch):
    rng = random.Random(16)
    texts = [" ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12))) for _ in range(500)]
    gated = [figures.figures.__wrapped__(t) for t in texts]
    monkeypatch.setattr(figures, "_DIGIT", re.compile(""))
    monkeypatch.setattr(figures, "NUMBER_WORDS", ("",))
    monkeypatch.setattr(figures, "_UNIT_WORDS", ("",))
    assert gated == [figures.figures.__wrapped__(t) for t in texts]
    assert any(gated) and not all(gated)


def test_a_text_without_digits_number_words_or_units_is_searched_for_none_of_them(monkeypatch: pytest.MonkeyPatch):
    for name in ("_DURATION", "_DATE", "_PERCENT", "_COUNT", "_NAMED_NUMBER", "_NOT_FIGURES", "_HALF"):
        monkeypatch.setattr(figures, name, _Unsearchable())
    assert figures.figures.__wrapped__("The leaders discussed trade and security in Geneva.") == ()


_CLAUSE_PIECES = ["Biden", "spoke with", "met", "Putin", "to discuss", "to review", "to talk about", "trade", ",", ";",
                  "while", "whereas", "while meeting", "and", "that", "but", "since", "as well as", "agreed", "stressed",
                  "the", "a", "security", "the two leaders", "talked", "exchange views", "."]


def test_clause_cuts_are_those_found_with_every_pattern_searched(monkeypatch: pytest.MonkeyPatch):
    rng = random.Random(23)
    texts = [" ".join(rng.choice(_CLAUSE_PIECES) for _ in range(rng.randint(1, 25))) for _ in range(600)]
    spans = [(t, rng.randint(0, len(t) // 3), rng.randint(len(t) // 2, len(t))) for t in texts]
    gated = [clauses._candidates(*span) for span in spans]
    monkeypatch.setattr(clauses, "_CUT_WORDS", {})
    monkeypatch.setattr(clauses, "_PURPOSE_WORDS", ("",))
    assert gated == [clauses._candidates(*span) for span in spans]
    assert any(gated)


def test_a_clause_without_while_or_a_purpose_word_is_not_searched_for_them(monkeypatch: pytest.MonkeyPatch):
    cuts = list(clauses._CUTS)
    cuts[2] = _Unsearchable()
    monkeypatch.setattr(clauses, "_CUTS", tuple(cuts))
    monkeypatch.setattr(clauses, "_PURPOSE", _Unsearchable())
    text = "The two presidents agreed to meet again soon; Biden thanked Putin, and that was all."
    assert clauses._candidates(text, 0, len(text))


def test_a_clause_without_a_cut_s_word_is_not_searched_for_that_cut(monkeypatch: pytest.MonkeyPatch):
    text = "The two presidents agreed to meet again soon, stressed the need for more talks."
    found = clauses._candidates(text, 0, len(text))
    cuts = list(clauses._CUTS)
    for i in (0, 1, 3, 4, 5, 7):  # ";", "and that", "but", "since", "and", "as well as": none in the text
        cuts[i] = _Unsearchable()
    monkeypatch.setattr(clauses, "_CUTS", tuple(cuts))
    assert clauses._candidates(text, 0, len(text)) == found and found  # the ", stressed" cut alone
