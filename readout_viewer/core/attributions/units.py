"""Where attributed statements stand: sentences, merged where a quotation runs over several, cut where a second
source or the same one speaks again, and the quotation that goes on in the words of the speaker named before it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from readout_viewer.core.attributions.cue_sides import AFTER, BOTH, Cue
from readout_viewer.core.attributions.cues import CueFinder
from readout_viewer.core.attributions.spans import Overlapping
from readout_viewer.core.language.quote_marks import QUOTE_CHARS
from readout_viewer.core.language.sentences import loose_sentences
from readout_viewer.core.model import Document, Quote
from readout_viewer.core.quotes.marks import Quotation
from readout_viewer.core.system.lazyre import LazyPattern

# Where a sentence that cites two sources parts: before a contrast ("..., while the White House said ...").
CONTRAST = re.compile(r",?\s+(?:while|whereas)\s+|;\s+")
# ... and before a relative clause that the source just named speaks again ("..., the Kremlin said in its readout
# of the call, which it said lasted almost one-and-a-half hours"): a second statement, checked on its own.
RELATIVE = re.compile(r",\s+(?P<which>which)\s+(?P<pronoun>it|he|she|they)\s+(?:also\s+)?"
                      r"(?:said|says|added|noted|claimed|described\s+as|called)\b")
def units(text: str, quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    """Sentences, merged where one quotation runs over several so that its speaker stays with all of it.

    One pass: a sentence joins the unit before it when a quotation starting before that unit's end reaches it.
    """
    out: list[list[int]] = []
    by_start = sorted(quotes, key=lambda q: q.start)
    taken, reach = 0, -1  # quotations starting before the last unit's end, and the furthest end among them
    for start, end in loose_sentences(text):
        while out and taken < len(by_start) and by_start[taken].start < out[-1][1]:
            reach = max(reach, by_start[taken].end)
            taken += 1
        if out and start < reach + 1:
            out[-1][1] = end
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


# A sentence whose cue has nothing before it but a demonstrative ("This is stated in a press release published on
# the Kremlin's website.", "That was reported by the White House."): the statement is the sentence before it.
_POINTS_BACK = re.compile(r"\s*(?:this|that|it)\s+(?:(?:information|news)\s+)?(?:is|was|has\s+been|had\s+been)?\s*",
                          re.IGNORECASE)


# What may follow such a cue: the rest of its source's name, capitalised ("... by Chinese President Xi Jinping.", where
# the cue names the office), and the stop.
_NAME_TAIL = LazyPattern(r"(?:\s*[A-Z][\w\-]*)*\W*")


def points_back(text: str, start: int, end: int, cue: Cue) -> bool:
    """Whether the unit text[start:end] says nothing but that its cue is the source of the sentence before it."""
    return cue.says != AFTER and _POINTS_BACK.fullmatch(text, start, cue.cue_start) is not None and \
        _NAME_TAIL.fullmatch(text, cue.cue_end, end) is not None


def continued(text: str, start: int, end: int, speaker: Cue, quotations: Sequence[Quotation]) -> Cue | None:
    """A unit that is one quotation and nothing more, after one that named its speaker: the speaker goes on
    ("…,” Trump said in his post. “As we both agreed, we want to stop …”), as news writing has it."""
    lead = start + len(text[start:end]) - len(text[start:end].lstrip())
    tail = len(text[start:end].rstrip(" \t\n.!?,;\u2026" + QUOTE_CHARS))
    if lead >= end or text[lead] not in QUOTE_CHARS or not any(
            q.closed and q.start == lead + 1 and q.end >= start + tail for q in quotations):
        return None
    return speaker._replace(cue_start=lead, cue_end=lead, says=BOTH)


def halves(doc: Document, spans: Iterable[tuple[int, int]], closed: Sequence[tuple[int, int]], finder: CueFinder
           ) -> Iterator[tuple[int, int, Cue | None]]:
    """The units, cut in two at a contrast after which another source speaks: what stands before it is not
    that source's ("Beijing described the meeting as 'candid', while the White House said Biden welcomed ...");
    or at a relative clause in which the source just named speaks again (", which it said lasted ..."), given
    that source's cue (the third item; None: the unit finds its own)."""
    text, near = doc.text, Overlapping(closed, lambda span: span)
    for start, end in spans:
        if doc.is_official:
            yield start, end, None
            continue
        quoted = near.at(start, end)
        m = CONTRAST.search(text, start, end)
        if m is not None:
            second = finder.find(text, m.end(), end, quoted=quoted)
            first = finder.find(text, start, m.start(), quoted=quoted) if second is not None else None
            if second is not None and (first is None or first.docs != second.docs):
                yield start, m.start(), None
                yield m.end(), end, None
                continue
        r = RELATIVE.search(text, start, end)
        if r is not None and not any(s <= r.start() < e for s, e in quoted):
            first = finder.find(text, start, r.start(), quoted=quoted)
            again = _spoken_again(first, r)
            if again is not None:
                yield start, r.start(), None
                yield r.start("which"), end, again  # the clause, not the comma before it
                continue
        yield start, end, None


def _spoken_again(first: Cue | None, m: re.Match[str]) -> Cue | None:
    """The cue of a relative clause ("which it said") for the source named before it, when the pronoun can stand
    for it: "it" for an institution, "he" or "she" for a person, "they" for either."""
    pronoun = m.group("pronoun").lower()
    if first is None or (pronoun == "it" and (first.person or first.leader)) or \
            (pronoun in ("he", "she") and not (first.person or first.leader)):
        return None
    return first._replace(start=m.start("pronoun"), end=m.end("pronoun"), cue_start=m.start("which"), cue_end=m.end(),
                          says=AFTER, antecedent=first.antecedent or m.string[first.start:first.end])
