"""The cue patterns that name a source of the folder outright: "according to the Kremlin", "Putin said", "said X"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from readout_viewer.core.attributions import gates
from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cue_sides import ABSENT, AFTER, BEFORE, BOTH
from readout_viewer.core.attributions.cue_words import (
    ABSENCE,
    ALSO,
    APPOSITIVE,
    AS_BY_VERBS,
    DEED_CHARS,
    FROM,
    HIS_AIDE,
    INVERTED_VERBS,
    ON_THE_CALL,
    PARTICIPLES,
    PASSIVE_VERBS,
    PUBLISHED,
    PUT_OUT_THAT,
    RELEASED,
    TEXT_VERBS,
    VERBS,
    WHEN,
    names_pattern,
)


def mapped(sources: Sequence[Source]) -> list[tuple[re.Pattern, str, tuple[str, ...]]]:
    """The cue patterns that name a source of the folder outright, with where each one's statement stands and the
    words one of which each match holds (gates.py)."""
    strong = [s for s in sources if not s.weak]
    mapped: list[tuple[re.Pattern, str, tuple[str, ...]]] = []
    if sources:
        # "according to the Kremlin", "citing a statement from the White House"
        mapped.append((re.compile(rf"\b(?:according\s+to|citing)\s+(?P<phrase>(?:{FROM})?"
                                  rf"{names_pattern(sources)})"), BOTH, gates.ACCORDING_OR_CITING))
        mapped.append((re.compile(rf"\baccording\s+to\s+(?P<phrase>{RELEASED}\s+{names_pattern(sources)})"),
                       BOTH, gates.ACCORDING))
    if strong:
        names, subject = names_pattern(strong), names_pattern(strong, subject=True)
        mapped += [(re.compile(p), says, needles) for p, says, needles in (
            (rf"\bas\s+(?P<phrase>(?:(?!as\b)[\w\-]+\s+){{0,6}}?{names})\s+"
             rf"(?:reads|said|says|put\s+it|noted|reported|stated)\b", BOTH, gates.AS_SAID),
            (rf"(?<![\w\-])(?P<phrase>{subject}{HIS_AIDE}){APPOSITIVE}{WHEN}\s+(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?"
             rf"{ALSO}(?:{VERBS})\b", AFTER, gates.VERBS),
            # "India's Ministry of External Affairs echoed Modi's claims, stating that ...": what the source did, then
            # what it said (not after a verb of saying: "Xi reiterated China's position, saying ..." is said whole)
            (rf"(?<![\w\-])(?P<phrase>{subject}{HIS_AIDE}){APPOSITIVE}{WHEN}\s+(?!(?:{ALSO})(?:{VERBS})\b)"
             rf"[a-z][^,.;:\"\u201c\u201d]{{1,{DEED_CHARS}}}?,\s+(?:{PARTICIPLES})\b", AFTER, gates.PARTICIPLES),
            (rf"\bas\s+(?:{AS_BY_VERBS})\s+by\s+(?P<phrase>{names})", BOTH, gates.BY),
            # "The call, described by the White House as 'candid'": what follows "as" is the source's
            (rf"\b(?:described|characteri[sz]ed|called|termed)\s+by\s+(?P<phrase>{names})\s+as\b", AFTER, gates.BY),
            (rf"\b(?:{PASSIVE_VERBS})\s+by\s+(?P<phrase>{names})", AFTER, gates.BY),
            # "the statement from PMO read": a text named before its source does what a text does too
            (rf"(?<![\w\-])(?P<phrase>{FROM}{names})\s+{ALSO}(?:{VERBS}{TEXT_VERBS})\b", AFTER,
             gates.VERBS + gates.TEXT_VERBS),
            # "This is stated in a press release published on the Kremlin's website": the document is the source
            (rf"\b(?:{PASSIVE_VERBS}|published|posted)\s+(?:in|on)\s+(?P<phrase>{PUBLISHED}{names})", BOTH,
             gates.DOC_NOUNS),
            (rf"[,\"\u201d]\s*(?:{INVERTED_VERBS})\s+(?P<phrase>(?:{FROM})?{names})\b", BEFORE,
             gates.INVERTED_VERBS),
            (rf"(?<![\w\-])(?P<phrase>(?:{FROM})?{names}){ON_THE_CALL}{PUT_OUT_THAT}\s+(?:{ABSENCE})\b", ABSENT,
             gates.ABSENCE),
        )]
    return mapped


def named_in(sources: Sequence[Source], folded: Iterable[str]) -> list[Source]:
    """The sources whose name some text holds (`folded`: the texts, folded; their spaces made single here): a name
    no text holds matches none of them, and leaving it out of the patterns spares compiling it (corpus/: 48 of 115
    names, the patterns that name sources outright 18,100 -> 8,100 characters; a folder's first analysis compiles
    them)."""
    joined = "\x00".join(" ".join(t.split()) for t in folded)
    return [s for s in sources if " ".join(s.name.split()) in joined]
