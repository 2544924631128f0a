"""The clauses of a sentence that each name their own leader as the one who spoke or acted, with his country."""

from __future__ import annotations

import re
from collections.abc import Mapping

from readout_viewer.core.language.countries import ROLE_ADJECTIVES, ROLE_TAIL, code_of
from readout_viewer.core.language.reports import ADVERBS, REPORT_VERBS
from readout_viewer.core.language.speakers import leader_named
from readout_viewer.core.language.text import caseless
from readout_viewer.core.system.lazyre import LazyPattern

# Where a clause opens: the sentence's start, a semicolon or colon, or a comma or "and" before a conjunction, a
# relative, a preposition of time or a participle of saying ("..., and Xi expressed", "..., to which the Chinese
# leader voiced agreement", "..., with Kishida emphasizing", "..., adding that Trump outlined"): each clause told
# after it has a subject and a verb of its own.
_OPENER = (r"(?:^|[;:]\s+|(?:,[\"”’']?\s+|\s+(?=and\s|while\s))"
           r"(?:and\s+|while\s+|whereas\s+|as\s+|but\s+|with\s+|after\s+|(?:to|in|during)\s+which\s+|(?:adding|saying|noting|stressing|emphasi[sz]ing)\s+that\s+))")
# A subject: a leader by role ("the Chinese leader", "the Chinese side") or up to four capitalised words whose last
# names a leader of the folder; then his verb of saying or doing, or its participle after "with" ("with Kishida
# emphasizing").
_VERB = LazyPattern(rf",?\s+{ADVERBS}(?:{REPORT_VERBS}|supported|backed|(?!during\b)[a-z]+ing)\b")
# The clauses are found in steps, each pattern holding one part (so no part is compiled twice, and no pattern holds
# every country's adjective, 3,300 characters a first analysis compiled): an opener and what may follow it, "the" or
# a capital; then a country's adjective looked up at the word after "the" (countries.ROLE_ADJECTIVES, in ROLE_PATTERN's
# order) and a title, or up to four capitalised words (a name), either matched with its verb after it. The same
# clauses as one pattern of it all (tests/core/linking/test_voices_lookup.py holds it): where a clause may open, the
# opener, a title and the words of a name end in one place each, so each step has one answer to go on from.
_OPENS = LazyPattern(rf"{_OPENER}(?:(?P<the>(?i:\bthe))\s+|(?=[A-Z]))")
_TITLE = LazyPattern(rf"(?i:{ROLE_TAIL})")
_NAME_WORD = LazyPattern(r"[A-Z][\w’'.-]*\s+")  # a word of a name before its last
_LAST_WORD = LazyPattern(r"[A-Z][\w’'-]*")
_NAME_WORDS = 3  # words of a name before its last
_BY_LETTER: dict[str, list[str]] = {}
for _adjective in ROLE_ADJECTIVES:
    _BY_LETTER.setdefault(_adjective[0], []).append(_adjective)
_LONGEST = max(map(len, ROLE_ADJECTIVES))


# A clause: where its opener starts, where its subject starts, where it ends, and its subject: a role's adjective as
# written, or a name (a plain tuple: a NamedTuple class costs 0.7 ms to make at import).
Clause = tuple[int, int, int, str, str]


def clause_at(text: str, at: int) -> Clause | None:
    """The first clause opening at or after `at`: by role, else by name, where an opener stands first."""
    while (m := _OPENS.search(text, at)) is not None:
        subject = m.start("the") if m.group("the") is not None else m.end()
        found = (_by_role(text, m.start(), subject, m.end()) if m.group("the") is not None else None) or _by_name(
            text, m.start(), subject)
        if found is not None:
            return found
        at = m.start() + 1
    return None


def _by_role(text: str, start: int, subject: int, where: int) -> Clause | None:
    """The clause by role ("the Chinese side said") whose opener starts at `start`, its "the" at `subject` and its
    adjective at `where`, if it is one: the first adjective that stands there with a title and a verb after it."""
    window = caseless(text[where:where + _LONGEST])
    for adjective in _BY_LETTER.get(window[:1], ()):
        written = text[where:where + len(adjective)]
        # re's caseless match where the text is not plain ASCII (caseless() is a superset of it)
        if window.startswith(adjective) and (written.isascii() or re.fullmatch(
                re.escape(adjective), written, re.IGNORECASE)):
            title = _TITLE.match(text, where + len(adjective))
            verb = _VERB.match(text, title.end()) if title is not None else None
            if verb is not None:
                return start, subject, verb.end(), written, ""
    return None


def _by_name(text: str, start: int, subject: int) -> Clause | None:
    """The clause by name ("Xi Jinping said") whose opener starts at `start` and its subject at `subject`, if it is
    one: the most words of a name that a verb follows."""
    words = [subject]  # where the name's last word may start
    while len(words) <= _NAME_WORDS and (m := _NAME_WORD.match(text, words[-1])) is not None:
        words.append(m.end())
    for word in reversed(words):
        last = _LAST_WORD.match(text, word)
        verb = _VERB.match(text, last.end()) if last is not None else None
        if last is not None and verb is not None:
            return start, subject, verb.end(), "", text[subject:last.end()]
    return None


def voices(text: str, leaders: Mapping[str, str]) -> list[tuple[str, str]]:
    """The clauses of `text` whose subject is a leader (`leaders`: a leader's name as the folder writes it -> his
    country, `speakers.folder_leaders`) or a country's leader or side by role, each as (its text, the country's
    code): from its subject to where the next such clause opens."""
    found: list[tuple[int, int, str]] = []  # where the opener starts, where the subject starts, the code
    at = 0
    while (clause := clause_at(text, at)) is not None:
        start, subject, end, adjective, name = clause
        if adjective:
            code = code_of(adjective)
        else:
            named = leader_named(name, leaders)
            code = named[1] if named else None
        if code is not None:
            found.append((start, subject, code))
        at = end if code is not None else max(subject, start + 1)  # a name may hide a clause
    ends = [start for start, _, _ in found[1:]] + [len(text)]
    return [(text[at:end].strip(" ,;:"), code) for (_, at, code), end in zip(found, ends)]

