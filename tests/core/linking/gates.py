"""The gate tests' one check: a search gated by a cheap word test gives the same answer as the search itself."""

import random
from collections.abc import Callable, Sequence
from typing import Any


class Refused:
    """A pattern that fails the test when it is searched at all (put in place of the gated pattern)."""

    def __init__(self, what: str) -> None:
        self.what = what

    def search(self, *_: Any) -> None:
        raise AssertionError(f"searched a claim without {self.what}")

    finditer = search


def same_answers(gated: Callable[[str], bool], pattern: Any, pieces: Sequence[str], seed: int, longest: int,
                 least_found: int) -> None:
    """Texts made of `pieces` at random get from `gated` what a search of `pattern` says, and enough of them match
    (`least_found` of 6,000) for the check to mean something."""
    rng = random.Random(seed)
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, longest)))
        assert gated(text) == (pattern.search(text) is not None), text
        found += gated(text)
    assert found > least_found
