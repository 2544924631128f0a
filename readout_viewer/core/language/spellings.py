"""A leader's name as another text spells it ("Zelenskky", "Zelenski" for Zelenskyy; "Mohamed" for Mohammed; "Erdoğan"
for Erdogan): the same leader."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from readout_viewer.core.language.text import spelling

# Only a long name is matched one letter off: a short one is one letter from other words and names ("Xi", "Modi").
MIN_NAME_LETTERS = 7
# Letters a misspelling keeps at the start: a name's start is how it is recognised; a word that shares fewer is
# another word ("presidents" is no misspelling of "president", ruled out below too).
SAME_START = 4
# A capitalised word written within a text, one of whose spellings may be a leader's name (folded later).
_CAPITALISED = re.compile(rf"\b[A-Z][a-z]{{{MIN_NAME_LETTERS - 2},}}\b")
# A capitalised word of Latin letters with diacritics ("Erdoğan", "Orbán", "Vučić"), or one without them whose name
# holds them: a leader's name as a text with or without the diacritics writes it, at any length (no letter is changed,
# so a short name is no other word: "Orbán" of an outlet is the "Orban" of a readout, "Tusk" stays "Tusk").
_LATIN_WORD = re.compile(r"\b[^\W\d_]{3,}\b")


def _one_letter_off(word: str, name: str) -> bool:
    """Whether `word` is `name` with one letter changed, added or left out ("Zelenskky", "Zelenski"), but no plural
    ("presidents", "Israelis") nor a feminine form ("Zelenska" is his wife): those name others."""
    if word == name or abs(len(word) - len(name)) > 1 or word in (name + "s", name + "a") or name == word + "s" or \
            (word.endswith("a") and not name.endswith("a")):
        return False
    if len(word) == len(name):
        return sum(a != b for a, b in zip(word, name)) == 1
    short, long = (word, name) if len(word) < len(name) else (name, word)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def misspelled(names: Iterable[str], texts: Iterable[str], known: set[str]) -> Mapping[str, str]:
    """Each capitalised word of the `texts` (folded) that is none of the `known` words and is one of the leaders'
    one-word `names` (folded) one letter off, with that name."""
    long = [n for n in names if " " not in n and len(n) >= MIN_NAME_LETTERS]
    if not long:
        return {}
    starts = {n[:SAME_START] for n in long}
    words = {w.lower() for text in texts for w in _CAPITALISED.findall(text)} - known
    out: dict[str, str] = {}
    for word in sorted(w for w in words if w[:SAME_START] in starts):
        name = next((n for n in long if _one_letter_off(word, n)), None)
        if name is not None:
            out[word] = name
    return out


def with_or_without_diacritics(names: Iterable[str], texts: Iterable[str], known: set[str]) -> Mapping[str, str]:
    """Each capitalised word of the `texts` (folded) that is none of the `known` words and is one of the leaders'
    one-word `names` (folded) with its diacritics dropped or written ("erdoğan" of "erdogan", "orban" of "orbán"):
    the same letters (`text.spelling`), one of the two not ASCII."""
    plain: dict[str, str] = {}
    for name in names:
        plain.setdefault(spelling(name), name)
    words = {w.lower() for text in texts for w in _LATIN_WORD.findall(text) if w[0].isupper()} - known
    out: dict[str, str] = {}
    for word in sorted(words):
        twin = plain.get(spelling(word))
        if twin is not None and not (word.isascii() and twin.isascii()):
            out[word] = twin
    return out


def other_spellings(leaders: Mapping[str, str], texts: Iterable[str]) -> dict[str, str]:
    """Each word the `texts` write one letter off a word of a leader's name (`misspelled`: a long name, no plural nor
    feminine form) and that no leader's name holds, as written, to that leader's country: a transliteration ("Mohamed"
    of a readout, "Mohammed" of an outlet) names the leader the table knows by the other spelling, as does the name
    with or without its diacritics (`with_or_without_diacritics`: "Erdoğan" of an outlet, "Erdogan" of a readout). A
    word two countries' leaders share names neither."""
    code_of: dict[str, str | None] = {}
    for name, code in leaders.items():
        for word in name.lower().split():
            code_of[word] = code if code_of.get(word, code) == code else None
    texts = list(texts)
    names = [w for w, code in code_of.items() if code is not None]
    found = {**misspelled(names, texts, set(code_of)), **with_or_without_diacritics(names, texts, set(code_of))}
    return {word.capitalize(): side for word, name in found.items() if (side := code_of[name]) is not None}
