"""A leader's words of several sentences that one official text carries in part: the sentences no text carries."""

from __future__ import annotations

from collections.abc import Callable

from readout_viewer.core.attributions.cue_sides import AFTER, Cue
from readout_viewer.core.attributions.statements import Statement, statement_of
from readout_viewer.core.attributions.unreported import Candidate
from readout_viewer.core.attributions.verdicts import Verdict
from readout_viewer.core.language.sentences import sentences
from readout_viewer.core.model import SUPPORTED, Document

# A unit of several sentences given to a leader ("\u201cWe understand all the risks. An imitated peace will not hold
# ...,\u201d Zelensky said") is judged as one statement: one sentence an official text carries, or its quotation's
# first words held word for word, makes the whole unit supported, and the sentences after it, which may be in no text,
# are never asked. Each is asked on its own when the unit is supported (the words alone, as a sentence with no quotation
# of its own is judged).
Judged = Callable[[Statement], Verdict]  # the verdict on a leader's statement, as its cue's kind judges it
Listed = Callable[[Statement, Verdict], Candidate | None]  # a statement's candidacy by its verdict


def in_part(doc: Document, statement: Statement, cue: Cue, found: Verdict, leaders: frozenset[str], judged: Judged,
            listed: Listed) -> Candidate | None:
    """The candidacy of the sentences of a leader's supported unit of several (`statement`, its verdict `found`) that,
    each judged on its own (`judged`), are listed as in no official text (`listed`), as the spans of its words (with
    `in_part`); None when the unit is unsupported or one sentence, or none is listed."""
    parts = [(at, stop) for at, stop in sentences(doc.text, statement.start, statement.end)
             if any(c.isalpha() for c in doc.text[at:stop])]
    if found.verdict != SUPPORTED or len(parts) < 2:
        return None
    first, spans = None, list[tuple[str, int, int]]()
    for at, stop in parts:
        own = cue if at <= cue.cue_start < stop else cue._replace(cue_start=at, cue_end=at, says=AFTER)
        part = statement_of(doc, at, stop, own, leaders)
        verdict = judged(part)
        candidate = listed(part, verdict) if verdict.verdict != SUPPORTED else None
        if candidate is not None:
            first, spans = first or candidate, [*spans, (candidate.who, at, stop)]
    return first._replace(spans=tuple(spans), in_part=True) if first is not None else None
