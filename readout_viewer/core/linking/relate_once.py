"""The kept pairs' links judged once for each set of what a judgement reads: a copy of a sentence takes its link."""

from __future__ import annotations

from collections.abc import Generator, Hashable, Sequence

from readout_viewer.core.linking.align import relate_one
from readout_viewer.core.linking.context import Context, Kept
from readout_viewer.core.model import Link


def related_once(judged: Sequence[Kept], context: Context) -> Generator[float, None, list[Link]]:
    """The links of the kept pairs judged in this process, in order (as `align.related_here`), each judgement made
    once for all the pairs it is the same for: a large folder's wires and their copies link the same words to the same
    claim many times over (a folder of 2,000 articles, some 44,000 links, holds far fewer such sets). A copy's link
    is the first one's with the copy's claims."""
    yield from ()
    done: dict[Hashable, Link] = {}
    out = []
    for kept in judged:
        key = judgement_inputs(kept, context)
        first = done.get(key)
        if first is None:
            first = done[key] = relate_one(kept, context)
        a, b = kept[0].id, kept[1].id
        out.append(first if (first.a, first.b) == (a, b) else
                   Link(a, b, first.relation, first.score, first.reason, first.origin, first.detail, first.confirmed))
    return out


def judgement_inputs(kept: Kept, context: Context) -> Hashable:
    """Everything `reporting.related` reads of a kept pair but the claims' ids: each claim's words (the part a link
    reports, as the pair was kept), its terms and whether its long parts are compared (`Weights.pieces`), both of
    which the pair's other claim is compared with; the score, the documents' dates and whether it is an outlet's
    report of an official claim. The folder's weights are one for every pair."""
    a, b, s, dates, reports = kept
    pieces, terms = context.w.pieces, context.terms
    return (a.text, a.id in pieces, terms[a.id], b.text, b.id in pieces, terms[b.id], s, dates, reports)
