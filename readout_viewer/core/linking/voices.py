"""The clauses of a sentence that each name their own leader as the one who spoke or acted, with his country."""

from __future__ import annotations

from collections.abc import Mapping

from readout_viewer.core.language.countries import ROLE_PATTERN, code_of
from readout_viewer.core.language.reports import ADVERBS, REPORT_VERBS
from readout_viewer.core.language.speakers import leader_named
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
_CLAUSE = LazyPattern(
    rf"{_OPENER}(?:(?P<role>(?i:{ROLE_PATTERN.pattern}))|(?P<name>(?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'-]*))"
    rf",?\s+{ADVERBS}(?:{REPORT_VERBS}|supported|backed|(?!during\b)[a-z]+ing)\b")


def voices(text: str, leaders: Mapping[str, str]) -> list[tuple[str, str]]:
    """The clauses of `text` whose subject is a leader (`leaders`: a leader's name as the folder writes it -> his
    country, `speakers.folder_leaders`) or a country's leader or side by role, each as (its text, the country's
    code): from its subject to where the next such clause opens."""
    found: list[tuple[int, int, str]] = []  # where the opener starts, where the subject starts, the code
    at = 0
    while (m := _CLAUSE.search(text, at)) is not None:
        subject = "role" if m.group("role") else "name"
        if m.group("role"):
            code = code_of(m.group("adj"))
        else:
            named = leader_named(m.group("name"), leaders)
            code = named[1] if named else None
        if code is not None:
            found.append((m.start(), m.start(subject), code))
        at = m.end() if code is not None else max(m.start(subject), m.start() + 1)  # a name may hide a clause
    ends = [start for start, _, _ in found[1:]] + [len(text)]
    return [(text[at:end].strip(" ,;:"), code) for (_, at, code), end in zip(found, ends)]

