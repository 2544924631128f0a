"""An outlet lede's rest: what a sentence that opens by saying the leaders spoke goes on to say, scored alone."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.counterparts import ranked
from readout_viewer.core.linking.ledes import opening
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.linking.terms import terms as text_terms
from readout_viewer.core.model import Claim

# The rest of a lede reports the official claim it scores best from this score up ("President Biden spoke Thursday
# with Mexican President Andrés Manuel López Obrador, with the two men discussing efforts to reopen ports of entry
# along the U.S.-Mexico border" / "... agreed that additional enforcement actions are urgently needed so that key
# ports of entry can be reopened", 0.34): the opening's names and setting, which its lede link already reports,
# dilute the whole sentence's score under the outlet floor. read23 link F1 0.8690 -> 0.8694 (967 -> 968 of 1,187,
# 1265/1359 -> 1267/1361: no false link), dev and old unchanged; the one false rest near it scores 0.275 ("...
# after Russia launched a military offensive against Ukraine" / the Kremlin's "the decision was taken to launch a
# special military operation").
REST_THRESHOLD = 0.3
# ... and says this many content concepts (not names): "..., in his talks with Chinese President Xi Jinping on
# Friday" says nothing more than the opening.
REST_CONTENT = 3


def lede_rests(kept: Mapping[tuple[str, str], float], ledes: Mapping[tuple[str, str], float],
               pairs: Sequence[Pair], context: Context) -> dict[tuple[str, str], float]:
    """The links of what outlet ledes (`ledes`: their links to the official call lines) say after their opening:
    the best counterpart of that rest in each official text of the event, from REST_THRESHOLD."""
    opened = {a for a, _ in ledes}
    rests: dict[str, str] = {}
    out: dict[tuple[str, str], float] = {}
    for pair in pairs:
        if pair.a.is_official or not pair.b.is_official or pair.a.event != pair.b.event:
            continue
        for ca in context.claims_of.get(pair.a.id, ()):
            if ca.id not in opened:
                continue
            if ca.id not in rests:
                rests[ca.id] = _rest(ca, context)
            found = _best(ca, rests[ca.id], context.indexes[pair.b.id], pair.threshold, context)
            if found is not None and (ca.id, found[1]) not in kept:
                out[(ca.id, found[1])] = found[0]
    return out


def _rest(claim: Claim, context: Context) -> str:
    """What a lede says after its opening, or "" when that says fewer than REST_CONTENT content concepts."""
    said = opening(claim).text
    at = claim.text.find(said)
    rest = claim.text[at + len(said):] if at >= 0 and said else ""
    return rest if len(text_terms(rest, context.w.acronyms).concepts - context.w.names) >= REST_CONTENT else ""


def _best(claim: Claim, rest: str, index: Mapping[str, Sequence[Claim]], threshold: float, context: Context
          ) -> tuple[float, str] | None:
    """The score and id of the claim of one text (`index`) a lede's rest scores best, from REST_THRESHOLD."""
    if not rest:
        return None
    scored = ranked(claim, index, context.terms, context.w, threshold, context.sem, context.voices,
                    voice=(rest, context.voices.get(claim.id)))
    return (scored[0][0], scored[0][1].id) if scored and scored[0][0] >= REST_THRESHOLD else None
