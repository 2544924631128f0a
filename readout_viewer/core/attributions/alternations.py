"""Regex alternations of many words: names factored on their beginnings, verbs cut to those a folder's texts hold."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache


def alternation(names: Sequence[str]) -> str:
    """The names as one regex, factored on their common beginnings ("russian (?:foreign ministry|government|…)"):
    the same matches, in the same order, as the names listed longest first (as source_table lists them: a name that
    goes on is tried before the one that stops), with less to compile (corpus/'s 115 source names: the cue finder's 19
    patterns 30,700 -> 24,400 characters, 92 -> 62 ms to compile in one first analysis)."""
    trie: dict[str, dict] = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}  # a name ends here
    return _emit(trie)


def _emit(node: dict[str, dict]) -> str:
    """A trie of names (alternation()) as a regex. A function of the module, not a closure of alternation(): a closure
    that calls itself holds itself, a cycle left to the collector."""
    goes_on = [re.escape(ch).replace(r"\ ", r"\s+") + _emit(child) for ch, child in node.items() if ch]
    options = goes_on + ([""] if "" in node else [])  # a longer name first, as longest first has it
    return "(?:" + "|".join(options) + ")" if len(options) > 1 else "".join(options)


def alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a regex ("said|made (?:it )?clear|..."): split at each "|" outside a group and a
    character set; "|".join() of them gives the alternation back."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(alternation):
        ch = alternation[i]
        if ch == "\\":
            i += 1  # the escaped character is no mark
        elif ch == "[":
            i = _set_end(alternation, i)
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append(alternation[start:i])
            start = i + 1
        i += 1
    return out + [alternation[start:]]


def _set_end(pattern: str, start: int) -> int:
    """Where the character set opened at pattern[start] ("[") closes: its "]", past escapes and a "]" right after
    "[" or "[^", which is the set's own character."""
    i = start + 1 + (pattern[start + 1:start + 2] == "^")
    i += pattern[i:i + 1] == "]"
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def held_run(alternative: str) -> str:
    """The longest run of lower-case letters and spaces that every match of a regex alternative holds: one that
    stands in its top level, outside any group, set or escape, less a last letter that a repeat or "?" follows
    ("emphasi" of "emphasi[sz]ed", "quoted" of "(?:was|were)\\s+quoted(?:...)?\\s+as\\s+saying", "say" of
    "says?"); "" when there is none."""
    runs, run, depth, i = [""], "", 0, 0
    while i < len(alternative):
        ch = alternative[i]
        if depth == 0 and (ch == " " or "a" <= ch <= "z"):
            run += ch
        else:
            if ch in "?*+{":
                run = run[:-1]  # the letter before a repeat may be left out, or taken more than once
            runs.append(run)
            run = ""
            if ch == "\\":
                i += 1  # an escape: the character after it is no letter of the run
            elif ch == "[":
                i = _set_end(alternative, i)
            elif ch in "()":
                depth += 1 if ch == "(" else -1
        i += 1
    return max(runs + [run], key=len)


# The alternations a cue finder cuts (VERBS, FOLDED_VERBS, each with TEXT_VERBS or not): a few constants, whose split
# is read once per process, not once per pattern (VERBS's 777 characters read in Python, about 0.3 ms).
RUNS_CACHE = 8


@lru_cache(maxsize=RUNS_CACHE)
def _runs(alternation: str) -> tuple[tuple[str, str], ...]:
    """Each alternative of the alternation with its held_run."""
    return tuple((a, held_run(a)) for a in alternatives(alternation))


# A pattern that matches nothing: what Held gives for an alternation no text can match.
NOTHING = "(?!)"


class Held:
    """Alternations cut to the alternatives a folder's texts may match: one whose every match holds letters that no
    text holds (held_run) can match in none of them, and leaving it out changes no match of a pattern holding the
    alternation, nor of a look-ahead holding it (an alternative that fails is tried and left; the others keep their
    order). `seen`: the texts as the gates read them (gates.gate_text: caseless, so that a case-insensitive pattern's
    match holds its letters there too; a piece of a text folded holds no run of ASCII letters its whole folded text
    lacks), joined; None keeps every alternative, for a text not known beforehand. A folder's first analysis compiles
    each cue pattern, and VERBS is 1.1-1.8 ms of each one holding it (corpus/'s texts hold 37 of its 74
    alternatives)."""

    def __init__(self, seen: str | None) -> None:
        self.seen = seen
        self._holds: dict[str, bool] = {}

    def __call__(self, alternation: str) -> str:
        """The alternation without the alternatives the texts cannot match; "(?!)" (no match) when none is left."""
        if self.seen is None:
            return alternation
        kept = [a for a, letters in _runs(alternation) if self._held(letters)]
        return "|".join(kept) if kept else NOTHING

    def _held(self, letters: str) -> bool:
        """Whether the texts hold the letters (each looked for once: VERBS and FOLDED_VERBS share them)."""
        if letters not in self._holds:
            self._holds[letters] = letters in (self.seen or "")
        return self._holds[letters]


# Every alternative kept: the patterns for a text the finder was not given.
EVERY = Held(None)


# The name lists one folder's cue finder builds patterns of: every source, the strong ones (twice each: with and
# without the subject's look-behinds), each antecedent kind's; a folder analysed again asks for the same ones.
ALTERNATIONS_CACHE = 16


@lru_cache(maxsize=ALTERNATIONS_CACHE)
def alternation_of(names: tuple[str, ...]) -> str:
    """alternation(names), memoised: the cue finder asks for three lists five times (corpus/: 12 M instructions of
    a first analysis saved)."""
    return alternation(names)


def not_after(words: Sequence[str]) -> str:
    """Look-behinds that fail after any of the words and a space: one for the words of each length (a look-behind's
    alternatives must be as long as one another), not one for each word, which the subject cue tried at every word
    of every sentence (corpus/: 12 -> 5 look-behinds, the pattern's search about a quarter faster)."""
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(re.escape(word))
    return "".join(rf"(?<!\b(?:{'|'.join(same)}) )" for same in by_length.values())
