"""An outlet's lede after the lede links: what a lede linked to a call line says next, and a lede linked to nothing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.language.reports import reports_a_leader
from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.counterparts import ranked
from readout_viewer.core.linking.joint_reports import opens_on_both_leaders
from readout_viewer.core.linking.openings import opening
from readout_viewer.core.linking.outlet_passes import ANOTHER_MOMENT, shared_content
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.linking.similarity import leaders_named
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
    scored = ranked(claim, index, context.terms, context.w, threshold, context.voices,
                    voice=(rest, context.voices.get(claim.id)))
    return (scored[0][0], scored[0][1].id) if scored and scored[0][0] >= REST_THRESHOLD else None


# A story's first statement tells the call's main point in the outlet's own words ("Rishi Sunak held further talks
# with Indian Prime Minister Narendra Modi over stalled negotiations on a free trade agreement ..." / "discussed recent
# progress on Free Trade Agreement negotiations", 0.30), sharing fewer words with its counterpart than the outlets'
# threshold asks (pairs.OUTLET_THRESHOLD). When every other pass leaves it linked to nothing, its best counterpart
# among the official texts of its event reports it from this score. Counted with eval/unlinked.py over every outlet
# statement so left on dev, the old folder and the 23 readable events (1051, 101 of whose best candidates the gold
# confirms, 764 not): first statements from 0.15 sharing a content concept 15 confirmed, 7 not (0.68; from 0.20, 10
# and 2; from 0.10, 17 and 10); a sentence further down is under even in every band of its score, shared concepts,
# runner-up, speech, place or neighbours' links (docs/engine-history.md, Round 33). Read23 link F1 0.869 -> 0.872 (with
# the gates of `_lede`: 967 -> 974 of 1187, 1265/1360 -> 1275/1372), the old folder one true link more, dev unchanged.
LEDE_FLOOR = 0.15
# ... and shares this many content concepts with it (not who the event is about, no names, not the setting): a
# photograph's caption first ("India's Prime Minister Narendra Modi (pictured October 12, 2021.") shares only names.
LEDE_CONTENT = 1


def lede_reports(kept: Mapping[tuple[str, str], float], pairs: Sequence[Pair], context: Context
                 ) -> dict[tuple[str, str], float]:
    """Each outlet's first statement that is linked to nothing and may be read as a lede (`_lede`), with its best
    counterpart among the official texts of its event that it may report (`pairs`), once (as `thin_reports` takes a
    sentence's best once), when they score LEDE_FLOOR and share LEDE_CONTENT content concepts."""
    linked = {c for pair in kept for c in pair}
    best: dict[str, tuple[float, Claim, Claim]] = {}
    for pair in pairs:
        if pair.a.is_official or not pair.b.is_official or pair.a.event != pair.b.event:
            continue
        first = next(iter(context.claims_of.get(pair.a.id, ())), None)
        if first is None or first.id in linked or not _lede(first, context):
            continue
        scored = ranked(first, context.indexes[pair.b.id], context.terms, context.w, 0,
                        context.voices)  # as the pairs' own alignment: an account's run-on sentences are its leader's
        if scored and scored[0][0] > best.get(first.id, (0.0,))[0]:
            best[first.id] = (scored[0][0], first, scored[0][1])
    return {(a, b.id): s for a, (s, first, b) in best.items()
            if s >= LEDE_FLOOR and shared_content(first, b, context) >= LEDE_CONTENT}


def _lede(claim: Claim, context: Context) -> bool:
    """Whether a first statement may be given its counterpart so: when it names a leader of the call (a lede tells
    who spoke: "The need for stability was emphasised" tells nobody), but not when it opens on a leader's act, as
    `outlet_passes.thin_reports` reads one (that pass judges it, and a leader's words that no readout carries must stay
    unlinked to be listed as in no readout: of the 22 ledes above, such openings were 1 confirmed for 2 not), nor
    when it places itself at another moment than the call (`outlet_passes.ANOTHER_MOMENT`)."""
    text = claim.text
    return bool(leaders_named(context.terms[claim.id], context.w)) and not (
        reports_a_leader(text) or opens_on_both_leaders(text, context.w) or ANOTHER_MOMENT.match(text))
