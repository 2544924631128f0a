"""An attributed statement read as the official texts word it: its acronyms spelled out."""

from __future__ import annotations

from collections.abc import Iterable

from readout_viewer.core.attributions.carriers import Statement, content
from readout_viewer.core.language.acronyms import acronyms_of, spelled_out


def spelled(written: str, statement: Statement, officials: Iterable[str]) -> Statement:
    """The statement (`written`: its text) with each acronym it writes ("the upcoming UNGA sessions") read as the
    words the first of the `officials`' texts that spells it out has ("the United Nations General Assembly
    meetings"): the outlet's one word stands for the readout's four."""
    texts, words = list(officials), statement.words
    for acronym in acronyms_of(written):
        stems = content(acronym) & words
        spelled_as = next((w for text in texts if (w := spelled_out(acronym, text))), None) if stems else None
        if spelled_as:
            words = (words - stems) | content(spelled_as)
    if words == statement.words:
        return statement
    gone, extra = statement.words - words, words - statement.words
    return statement._replace(words=words, parts=tuple((p - gone) | extra if p & gone else p for p in statement.parts))
