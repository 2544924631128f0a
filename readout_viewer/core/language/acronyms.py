"""Acronyms: "Organization for Security and Co-operation in Europe" and "OSCE" name one thing."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# An acronym is a word of this many capitals ("EU", "NATO", "JCPOA"). Written to open on its first capital, with the
# word's start (\b: no letter, digit or "_" before it) checked behind that capital: re then scans for a capital
# instead of trying the pattern at every character of the folder's texts (corpus/: 567 calls).
_ACRONYM = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{1,5}\b")
# A run of capitalised words, with the small words that sit inside names of bodies ("Plan of Action").
_RUN = re.compile(r"[A-Z][\w'\-]*(?:\s+(?:(?:of|for|and|in|on|the|de)\s+)*[A-Z][\w'\-]*)+")
_SMALL = frozenset("of for and in on the de".split())
# Shouted words of a transcript are not acronyms of anything.
_NOT_ACRONYMS = frozenset("US MR MS MRS Q OK AM PM EST".split())


def acronyms_in(texts: Iterable[str]) -> frozenset[str]:
    """The acronyms written in a folder, lower-cased."""
    return frozenset(m.group().lower() for t in texts for m in _ACRONYM.finditer(t)
                     if m.group() not in _NOT_ACRONYMS)


def _letters(word: str) -> str:
    """A word's initials: its first letter, and that of each capitalised part after a hyphen ("Russia-NATO": R, N;
    "Co-operation": C)."""
    parts = word.split("-")
    return parts[0][:1] + "".join(p[0] for p in parts[1:] if p[:1].isupper())


def expanded(text: str, known: frozenset[str]) -> list[str]:
    """The known acronyms that runs of capitalised words in a text spell out."""
    out: list[str] = []
    if not known:  # nothing to spell out
        return out
    for m in _RUN.finditer(text):
        for hits in _run_hits(m.group(), known):
            out.extend(sorted(hits - set(out)))
    return out


# Runs of capitalised words recur in nearly every claim of a folder ("President Biden", "White House"): their
# acronyms are memoised by run and the folder's acronyms; a folder holds a few thousand distinct runs at most, and
# this bound keeps the memo a few hundred kB whatever the folders analysed.
RUN_CACHE = 1 << 12


@lru_cache(maxsize=RUN_CACHE)
def _run_hits(run: str, known: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The known acronyms each stretch of a run of capitalised words spells, the longest stretches first."""
    words = run.split()
    small = [w.lower() in _SMALL for w in words]
    # each word's initials, and the same with the small words' left out: a stretch's initials, with and without its
    # small words, are these joined (each word read once, not once per stretch that holds it)
    full = [_letters(w) for w in words]
    big = ["" if s else letters for s, letters in zip(small, full)]
    n = len(words)
    found = []
    for i, j in ((i, i + size) for size in range(n, 1, -1) for i in range(n - size + 1)):  # longest first
        if small[i] or small[j - 1]:
            continue
        hits = {"".join(full[i:j]).lower(), "".join(big[i:j]).lower()} & known
        if hits:
            found.append(frozenset(hits))
    return tuple(found)


def acronyms_of(text: str) -> list[str]:
    """The acronyms written in a text, as written ("UNGA"), in order."""
    return [m.group() for m in _ACRONYM.finditer(text) if m.group() not in _NOT_ACRONYMS]


@lru_cache(maxsize=RUN_CACHE)
def spelled_out(acronym: str, text: str) -> str | None:
    """The words of a text that an acronym stands for ("UNGA": "United Nations General Assembly"), the first run of
    capitalised words whose initials spell it, with or without its small words; None when no run does."""
    known = frozenset({acronym.lower()})
    for m in _RUN.finditer(text):
        words = m.group().split()
        for i, j in ((i, i + size) for size in range(len(words), 1, -1) for i in range(len(words) - size + 1)):
            stretch = words[i:j]
            if stretch[0].lower() in _SMALL or stretch[-1].lower() in _SMALL:
                continue
            full = "".join(map(_letters, stretch)).lower()
            big = "".join(_letters(w) for w in stretch if w.lower() not in _SMALL).lower()
            if {full, big} & known:
                return " ".join(stretch)
    return None
