"""Patterns searched only in a text that holds what their every match holds: the same results as searching all."""

import random

import pytest

from readout_viewer.core.language import text

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
