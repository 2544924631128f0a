"""Spans met in text order: which of a document's quotations overlap each sentence, in one pass over them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class Overlapping(Generic[T]):
    """The items (quotations, quotes) overlapping each span of a text, asked for span after span in text order.

    Each item is let in when the spans reach its start and let go once they have passed its end, so a text of
    tens of thousands of quotations is read once, not once per sentence. The items come back in their own order.
    """

    def __init__(self, items: Sequence[T], span: Callable[[T], tuple[int, int]]) -> None:
        self._items = items
        self._spans = [span(item) for item in items]
        self._by_start = sorted(range(len(items)), key=lambda i: self._spans[i][0])
        self._next = 0  # the first item (in start order) not let in yet
        self._open: list[int] = []  # items let in whose end the spans have not passed yet
        self._last = -1

    def at(self, start: int, end: int) -> list[T]:
        """The items overlapping [start, end); `start` never goes back from one call to the next."""
        if start < self._last:
            raise ValueError("spans must come in text order")
        self._last = start
        while self._next < len(self._by_start) and self._spans[self._by_start[self._next]][0] < end:
            self._open.append(self._by_start[self._next])
            self._next += 1
        self._open = [i for i in self._open if self._spans[i][1] > start]
        return [self._items[i] for i in sorted(self._open) if self._spans[i][0] < end]
