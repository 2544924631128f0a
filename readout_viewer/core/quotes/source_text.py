"""A source text's words as arrays, with an index of where each pair of neighbouring words stands."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence, Set
from typing import overload

from readout_viewer.core.language.text import Token, new_record
from readout_viewer.core.quotes.words import NO_GAP, Word, hyphenated, word_key


class Vocabulary:
    """The word keys of one check as numbers, so that a pair of neighbouring words is one number (a text's index
    of pairs is then two arrays, not a dictionary of tuples: 2,000 articles took 240 MB that way)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def numbers(self, keys: Sequence[str]) -> list[int]:
        """The number of each key, new keys numbered in the order they first come: a text's distinct keys are
        looked at one by one, its every word in C."""
        ids = self.ids
        for key in dict.fromkeys(keys):
            if key not in ids:
                ids[key] = len(ids)
        return list(map(ids.__getitem__, keys))

    def pair(self, a: str, b: str) -> int | None:
        """The number of the pair (a, b); None when a word is in no text."""
        i, j = self.ids.get(a), self.ids.get(b)
        return None if i is None or j is None else i << PAIR_SHIFT | j


# A pair's number: the first word's number shifted past any second word's (fewer than 2**32 distinct keys).
PAIR_SHIFT = 32


class SourceText:
    """One document's words (keys and offsets in arrays) with an index of where each pair of neighbouring words
    stands. Built in two steps: `SourceText(...)` reads the text with hyphenated words whole, `settle(solid)` splits
    those the folder does not write solid (which is known only once every text is read) and indexes the pairs."""

    def __init__(self, doc_id: str, text: str, toks: Sequence[Token], vocab: Vocabulary | None = None) -> None:
        self.doc = doc_id
        self.vocab = vocab or Vocabulary()
        norms, starts, ends = zip(*toks) if toks else ((), (), ())  # the tokens' columns, read in C
        self.keys: list[str] = list(map(word_key, norms))
        self.starts, self.ends = array("l", starts), array("l", ends)
        # (index, folded token) of each hyphenated word, in text order
        self._hyphenated: list[tuple[int, str]] = [(i, norm) for i, norm in enumerate(norms) if "-" in norm]
        self._text = text
        self._codes, self._positions = array("q"), array("l")
        self._at: dict[str, list[int]] | None = None

    @property
    def words(self) -> _Words:
        """The text's words, made as they are asked for (a view made anew on each use: held by the text, it would
        hold the text in a cycle, which left each text's arrays to the collector)."""
        return _Words(self)

    def solid_keys(self) -> set[str]:
        """The keys of the words this text writes without a hyphen ("cooperation"): written so anywhere in a
        folder, a hyphenated word ("co-operation") stays one word; otherwise it is its parts ("follow-up")."""
        hyphenated_at = {i for i, _ in self._hyphenated}
        return {k for i, k in enumerate(self.keys) if i not in hyphenated_at}

    def settle(self, solid: frozenset[str]) -> SourceText:
        """Split the hyphenated words the folder does not write solid, and index the pairs; returns itself."""
        if self._hyphenated:
            self._split(solid)
        self._hyphenated, self._text = [], ""
        ids = self.vocab.numbers(self.keys)
        codes = [a << PAIR_SHIFT | b for a, b in zip(ids, ids[1:])]
        order = sorted(range(len(codes)), key=codes.__getitem__)  # stable: each pair's positions ascending
        self._codes = array("q", map(codes.__getitem__, order))
        self._positions = array("l", order)
        return self

    def _split(self, solid: frozenset[str]) -> None:
        """Each hyphenated word replaced by its words (hyphenated()), the runs of words between them copied whole."""
        keys, starts, ends = self.keys, self.starts, self.ends
        self.keys, self.starts, self.ends = [], array("l"), array("l")
        at = 0
        for i, norm in self._hyphenated:
            self.keys += keys[at:i]
            self.starts += starts[at:i]
            self.ends += ends[at:i]
            for w in hyphenated(self._text, norm, starts[i], ends[i], solid):
                self.keys.append(w.key)
                self.starts.append(w.start)
                self.ends.append(w.end)
            at = i + 1
        self.keys += keys[at:]
        self.starts += starts[at:]
        self.ends += ends[at:]

    def holds(self, codes: Set[int]) -> list[int]:
        """Which of the pairs numbered `codes` this text holds, in ascending order."""
        return sorted(codes & set(self._codes))

    def pair_positions(self, a: str, b: str) -> Sequence[int]:
        """Where the pair (a, b) starts, in text order."""
        code = self.vocab.pair(a, b)
        if code is None:
            return ()
        lo = bisect_left(self._codes, code)
        return self._positions[lo:bisect_right(self._codes, code, lo)]

    def positions(self, key: str) -> list[int]:
        """Where the word `key` stands, in text order."""
        if self._at is None:
            self._at = {}
            for i, k in enumerate(self.keys):
                self._at.setdefault(k, []).append(i)
        return self._at.get(key, [])

    def occurrences(self, keys: Sequence[str], lo: int = 0, hi: int | None = None) -> list[int]:
        """Where the word sequence `keys` starts, at positions lo..hi."""
        hi = len(self.keys) if hi is None else hi
        n, want = len(keys), list(keys)
        starts = self.pair_positions(keys[0], keys[1]) if n > 1 else self.positions(keys[0])
        return [p for p in starts if lo <= p <= hi and self.keys[p:p + n] == want]

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character offsets of words [first, last)."""
        return self.starts[first], self.ends[last - 1]


class _Words(Sequence[Word]):
    """A source's words, made as they are asked for (a text holds them as arrays)."""

    def __init__(self, source: SourceText) -> None:
        self._source = source

    def __len__(self) -> int:
        return len(self._source.keys)

    @overload
    def __getitem__(self, i: int) -> Word: ...

    @overload
    def __getitem__(self, i: slice) -> list[Word]: ...

    def __getitem__(self, i: int | slice) -> Word | list[Word]:
        s = self._source
        if isinstance(i, slice):
            return [new_record(Word, (s.keys[j], s.starts[j], s.ends[j], NO_GAP))
                    for j in range(*i.indices(len(s.keys)))]
        return new_record(Word, (s.keys[i], s.starts[i], s.ends[i], NO_GAP))
