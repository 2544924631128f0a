"""An outlet claim that reports one side's readout closely, relayed to its counterpart in the other side's readout."""

from __future__ import annotations

from collections.abc import Mapping

from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.counterparts import OUTLET_SHARED
from readout_viewer.core.linking.omissions import is_transcript
from readout_viewer.core.linking.outlet_passes import RELAY_FLOOR, RELAY_THRESHOLD
from readout_viewer.core.linking.readouts import partners
from readout_viewer.core.linking.reporting import related
from readout_viewer.core.linking.similarity import same_speaker, score
from readout_viewer.core.model import DIVERGE, Claim, Document


def relayed(kept: Mapping[tuple[str, str], float], claims: Mapping[str, Claim], docs: Mapping[str, Document],
             context: Context) -> dict[tuple[str, str], float]:
    """Outlet links carried over an official link: an outlet claim that clearly reports one side's claim also
    reports that claim's counterpart in the other side's readout of its event when the two are alike from
    RELAY_FLOOR up, unless it already links a claim of that readout. Never into a transcript: a briefer's answer that
    touches the topic is no retelling of the readout's statement (eighteen events: two false links fewer, no true
    one lost). Nor into a sentence that runs on the other leader's words (`Context.voices`, `speakers.run_on`), as the
    outlet pass itself would not link it: Kyodo's "Kishida said he told Xi that with next year being the 50th
    anniversary ..." relayed from Japan's line to China's "Next year marks the 50th anniversary ...", Xi's words
    (read21 one false link fewer, every kept-out figure unchanged; links40)."""
    def doc(c: str) -> Document:
        return docs[claims[c].doc]
    official = {(a, b) for a, b in kept if doc(a).is_official and doc(b).is_official}
    counterparts = partners((a, b) for a, b in kept if (a, b) in official and doc(a).side != doc(b).side)
    into = {(a, claims[b].doc) for a, b in kept if (a, b) not in official}  # an outlet claim's official documents
    out: dict[tuple[str, str], float] = {}
    apart: dict[tuple[str, str], bool] = {}  # a pair of official claims -> whether they diverge: asked once a pair

    def diverge(b: str, other: str) -> bool:
        if (b, other) not in apart:
            apart[(b, other)] = _apart(claims[b], claims[other], kept.get((b, other), kept.get((other, b), 0.0)),
                                       docs, context)
        return apart[(b, other)]
    for (a, b), s in kept.items():
        if (a, b) in official or s < RELAY_THRESHOLD or doc(a).event != doc(b).event:
            continue
        for other in counterparts.get(b, ()):
            if (a, claims[other].doc) not in into and not is_transcript(doc(other)) and \
                    same_speaker(context.voices, a, other) and not diverge(b, other):
                t = score(context.terms[a], context.terms[other], context.w, min_shared=OUTLET_SHARED)
                if t >= RELAY_FLOOR:
                    out[(a, other)] = t
    return out


def _apart(b: Claim, other: Claim, s: float, docs: Mapping[str, Document], context: Context) -> bool:
    """Whether two sides' counterparts diverge ("stated that the U.S. does not support 'Taiwan independence'" / "on
    the question of Taiwan independence, ... the United States has reiterated at various points"): an outlet that
    reports one side's wording closely is not relayed to the other's (fifteen events: two false links fewer, no true
    one lost)."""
    link = related(b, other, s, (docs[b.doc].date, docs[other.doc].date), context.terms, context.w)
    return link.relation == DIVERGE
