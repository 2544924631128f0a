"""The leaders of a folder by name or office, found in a folded text by a look-up in place of one long pattern."""

from __future__ import annotations

from collections.abc import Iterable


def _word(char: str) -> bool:
    """Whether a character is a word's, as re's \\w takes it in a str pattern (alphanumeric or "_")."""
    return char.isalnum() or char == "_"


def _edge(text: str, at: int) -> bool:
    """Whether re's \\b holds at `at` in `text`: a word character on one side of it only."""
    return (at > 0 and _word(text[at - 1])) != (at < len(text) and _word(text[at]))


class LeaderNames:
    """`re.compile(r"\\b(?:" + "|".join(map(re.escape, names)) + r")\\b")` for names given longest first, as searched
    by the relayed reports (search, fullmatch): the same matches without compiling a pattern of every leader's name
    and office (3,800 characters on corpus/, some 30 M instructions at a first analysis)."""

    def __init__(self, names: Iterable[str]) -> None:
        self._names = frozenset(names)
        self._by_first: dict[str, list[str]] = {}
        for name in sorted(self._names, key=len, reverse=True):  # re tries the longest first
            if name:
                self._by_first.setdefault(name[0], []).append(name)
        self._empty = [""] if "" in self._names else []

    def search(self, text: str) -> tuple[int, int] | None:
        """Where the first name stands in `text` between two word edges (the longest at the first place), else None."""
        for at, char in enumerate(text):
            for name in self._by_first.get(char, self._empty):
                if text.startswith(name, at) and _edge(text, at) and _edge(text, at + len(name)):
                    return at, at + len(name)
            if self._empty and char in self._by_first and _edge(text, at):
                return at, at
        return (len(text), len(text)) if self._empty and _edge(text, len(text)) else None

    def fullmatch(self, text: str) -> bool:
        """Whether `text` is one of the names with a word edge at both its ends."""
        return text in self._names and _edge(text, 0) and _edge(text, len(text))
