"""A leader's words of several sentences or reports that one official text carries in part: the parts no text
carries."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from readout_viewer.core.attributions.cue_sides import AFTER, Cue
from readout_viewer.core.attributions.cue_words import VERBS
from readout_viewer.core.attributions.statements import Statement, statement_of
from readout_viewer.core.attributions.unreported import Candidate
from readout_viewer.core.attributions.verdicts import Verdict
from readout_viewer.core.language.sentences import sentences
from readout_viewer.core.model import SUPPORTED, UNSUPPORTED, Attribution, Document

# A unit of several sentences given to a leader ("\u201cWe understand all the risks. An imitated peace will not hold
# ...,\u201d Zelensky said") is judged as one statement: one sentence an official text carries, or its quotation's
# first words held word for word, makes the whole unit supported, and the sentences after it, which may be in no text,
# are never asked. Each is asked on its own when the unit is supported (the words alone, as a sentence with no quotation
# of its own is judged).
# So is a sentence of two reports, the second with its own verb of saying after a comma (", and he also called for a
# more balanced relationship ...", ", adding that ..."): a readout that carries the first says nothing of the second.
# Only after a pronoun ("he", "she") or a participle: the leader of the first report goes on; a verb that ends the
# sentence (", he said.") closes an inverted cue, no second report.
_SECOND_REPORT = re.compile(rf",\s+(?:and\s+)?(?:he|she)\s+(?:also\s+)?(?:{VERBS})\s+(?=[\w\"\u201c])|"
                            r",\s+adding\s+that\b")
# The detail of a part cut from a supported unit, before what was searched: why the unit's support does not reach it.
_PART = "a second report of a sentence an official text carries in part, judged on its own: no text carries it"
Judged = Callable[[Statement], Verdict]  # the verdict on a leader's statement, as its cue's kind judges it
Listed = Callable[[Statement, Verdict], Candidate | None]  # a statement's candidacy by its verdict


def in_part(doc: Document, statement: Statement, cue: Cue, found: Verdict, leaders: frozenset[str], judged: Judged,
            listed: Listed) -> Candidate | None:
    """The candidacy of the parts (`reports`) of a leader's supported unit of several (`statement`, its verdict
    `found`) that, each judged on its own (`judged`), are listed as in no official text (`listed`), as the spans of
    its words (with `in_part`); None when the unit is unsupported or one part, or none is listed."""
    parts = [(at, stop) for at, stop in reports(doc.text, statement.start, statement.end)
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


def reports(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of text[start:end], each cut before a second report it holds (`_SECOND_REPORT`)."""
    out: list[tuple[int, int]] = []
    for at, stop in sentences(text, start, end):
        bounds = [at, *(m.start() for m in _SECOND_REPORT.finditer(text, at, stop)), stop]
        out.extend((a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a)
    return out


def split(attribution: Attribution, candidate: Candidate | None) -> list[Attribution]:
    """The attribution of a leader's unit supported whole, cut at the parts `in_part` lists as carried by no official
    text: each such part its own attribution, unsupported, the rest keeping the unit's verdict (a readout that carries
    "Putin described the exchange as frank" vouches for nothing of ", adding that both sides should show maximum
    effort"); any other attribution as it is. Cut after the unreported list is made, which reads each unit whole."""
    if candidate is None or not candidate.in_part or attribution.verdict != SUPPORTED:
        return [attribution]
    out, at = [], attribution.start
    for _, start, stop in sorted(candidate.spans, key=lambda s: s[1]):
        if start > at:
            out.append(replace(attribution, start=at, end=start))
        out.append(replace(attribution, start=max(start, at), end=stop, verdict=UNSUPPORTED, found_in=None, score=None,
                                        detail=f"{_PART}{candidate.searched}"))
        at = max(at, stop)
    if at < attribution.end:
        out.append(replace(attribution, start=at))
    return out
