"""Counting work instead of timing it: offsets that count the order comparisons made with them.

A pass that is linear in the number of quotations makes about twice the comparisons when their number doubles;
a quadratic one makes about four times as many. The tests compare the two counts, never a clock.
"""

from __future__ import annotations

from collections.abc import Callable


class Comparisons:
    """A counter of order comparisons (<, <=, >, >=) made with Offset values."""

    def __init__(self) -> None:
        self.count = 0

    def offset(self, value: int) -> Offset:
        return Offset(value, self)


class Offset(int):
    """An int that counts each order comparison it takes part in; arithmetic gives plain ints."""

    counter: Comparisons

    def __new__(cls, value: int, counter: Comparisons) -> Offset:
        out = super().__new__(cls, value)
        out.counter = counter
        return out

    def _count(self, other: object) -> None:
        self.counter.count += 1
        if isinstance(other, Offset) and other.counter is not self.counter:
            other.counter.count += 1

    def __lt__(self, other):
        self._count(other)
        return int(self) < other

    def __le__(self, other):
        self._count(other)
        return int(self) <= other

    def __gt__(self, other):
        self._count(other)
        return int(self) > other

    def __ge__(self, other):
        self._count(other)
        return int(self) >= other

    def __hash__(self) -> int:
        return int.__hash__(self)

    def __eq__(self, other) -> bool:
        return int(self) == other


def growth(work: Callable[[int], int], n: int) -> float:
    """How much more work `work(2n)` is than `work(n)`: about 2 when linear, about 4 when quadratic."""
    return work(2 * n) / max(1, work(n))
