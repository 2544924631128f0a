"""A document's sources as the attribution check reads them: its units, its quotations and the cue of each unit that
names a source; none of it reads the links, so a check made before the links can hand it to the one made after."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from readout_viewer.core.attributions.cue_sides import BEFORE, Cue
from readout_viewer.core.attributions.cues import CueFinder
from readout_viewer.core.attributions.sentence_cues import source_cues
from readout_viewer.core.attributions.spans import Overlapping
from readout_viewer.core.attributions.units import halves, units
from readout_viewer.core.model import Claim, Document, Quote
from readout_viewer.core.quotes.marks import Quotation, find_quotations


class DocCues(NamedTuple):
    """A document's units (with the cue a unit's halves carry), its quotations, and each unit naming a source with
    its cue, in text order."""

    spans: list[tuple[int, int, Cue | None]]
    quotations: Sequence[Quotation]
    cues: list[tuple[int, Cue]]


def doc_cues(doc: Document, quotes: Sequence[Quote], finder: CueFinder, claims: Sequence[Claim],
             accounts: tuple[str, ...]) -> DocCues:
    """What the check reads of `doc` before it judges anything (`quotes`: the checked quotes in it; `claims`: its
    claims of every kind; `accounts`: the other official texts of its event: sentence_cues.source_cues)."""
    quotations = find_quotations(doc.text)
    closed = [(q.start, q.end) for q in quotations if q.closed]
    spans = list(halves(doc, units(doc.text, quotes), closed, finder))
    # the quotations near each unit, read here on their own (Overlapping answers each span alike, in text order)
    cues = list(source_cues(doc, spans, closed, Overlapping(quotations, lambda q: (q.start, q.end)), finder, claims,
                            accounts))
    return DocCues(spans, quotations, cues)


def statement_span(text: str, spans: Sequence[tuple[int, int, Cue | None]], k: int, cue: Cue) -> tuple[int, int]:
    """The span of unit k's statement: the unit, and the next one too when the unit ends on a colon after its cue
    ("The representative also commented on Moscow's concerns, saying:" before the quotation), which introduces
    what the source said."""
    start, end = spans[k][:2]
    if cue.says != BEFORE and k + 1 < len(spans) and text[start:end].rstrip().endswith(":"):
        return start, spans[k + 1][1]
    return start, end
