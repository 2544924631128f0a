"""An unlinked outlet sentence beside one that reports an official claim: the claim next to that one it retells."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.counterparts import sharing
from readout_viewer.core.linking.outlet_passes import RELAY_FLOOR
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.linking.similarity import SETTING, other_meeting, same_speaker, score
from readout_viewer.core.model import Claim

# An outlet retells a readout in its order: a sentence beside one that reports an official claim, linked to nothing
# because it shares one content concept with what it retells (the outlet gate, `counterparts.OUTLET_CONTENT`, wants
# two), reports the claim next to that one (or the same claim: two sentences on one point) when the two score from
# this floor, the one at which two sentences share the statement rather than a topic (`outlet_passes.RELAY_FLOOR`).
# Counted with eval/one_concept.py over the outlet sentences left unlinked on dev, the old folder and read27: the best
# such candidate beside a neighbour's claim, from 0.25, 16 confirmed by the gold for 1 not (from 0.20, 23 for 6; from
# 0.15, 29 for 23; without a neighbour, from 0.25, 31 for 35). Pooled: read27 link F1 0.876 -> 0.880 (1073 -> 1082 of
# 1298, 1409/1511 -> 1425/1528), dev and old unchanged; at 0.20, read27 0.881 but dev 0.896 -> 0.888 (a false link);
# at 0.30, read27 0.878.
BESIDE_FLOOR = RELAY_FLOOR
# How far from the neighbour's official claim, in the official text's statements, the retold claim may stand: the
# next one or the same. Measured on read27, dev and old: at 0 (the same claim only) read27 link F1 0.8800 -> 0.877
# (1082 -> 1075 true links); at 2, one true link more for one false (1083, 1426/1530).
BESIDE_REACH = 1
# ... and how many content concepts (not who the event is about, not the setting) the two share: exactly the one the
# outlet gate does not take. A pair sharing two or more was scored by the outlet pass and left under its threshold:
# taken here too, read27 five more confirmed links for six false (1430/1541), F1 0.879.
BESIDE_CONTENT = 1
# An outlet goes on in the readout's order: the sentence right after one that reports claim i of an official text,
# sharing BESIDE_CONTENT concept with claim i + 1, retells it from this lower floor. Counted with eval/corroborated.py
# over the sentences still unlinked on read29 (the best candidate per sentence, the pass's guards): right after the
# previous sentence's claim, one content concept, from 0.20, 2 confirmed (both required) for none false; from 0.15,
# 4 (3) for 1; from 0.10, 8 (6) for 8. Pooled: read29 link F1 0.8776 -> 0.8785 (1138 -> 1140 of 1374, 1496/1603 ->
# 1498/1605), dev and old unchanged; at 0.15 read29 0.8782 (1499/1607), at 0.10 dev 0.896 -> 0.888 (a false link);
# the claim before the next sentence's too (either side), one false link more.
SEQUEL_FLOOR = 0.20


def beside_reports(kept: Mapping[tuple[str, str], float], pairs: Sequence[Pair], context: Context
                   ) -> dict[tuple[str, str], float]:
    """Each outlet sentence that every pass before left linked to nothing, with the official claim of its event it
    scores best from BESIDE_FLOOR among those standing within BESIDE_REACH of a claim its neighbour sentence reports
    (`_near`), sharing BESIDE_CONTENT content concept with it — from SEQUEL_FLOOR for the claim right after the one
    the sentence before it reports; once, over every official text it may report."""
    linked = {c for pair in kept for c in pair}
    reports: dict[str, set[str]] = {}  # a sentence -> the official claims it is linked to
    for a, b in kept:
        reports.setdefault(a, set()).add(b)
    best: dict[str, tuple[float, str]] = {}
    for pair in pairs:
        if pair.a.is_official or not pair.b.is_official or pair.a.event != pair.b.event:
            continue
        mine = list(context.claims_of.get(pair.a.id, ()))
        theirs = list(context.claims_of.get(pair.b.id, ()))
        where = {c.id: n for n, c in enumerate(theirs)}
        for n, ca in enumerate(mine):
            if ca.id in linked:
                continue
            beside = [where[o] for c in mine[max(0, n - 1):n + 2] if c is not ca for o in reports.get(c.id, ())
                      if o in where]
            if not beside or _told_elsewhere(ca, context.indexes[pair.b.id], context):
                continue
            sequels = {where[o] + 1 for o in reports.get(mine[n - 1].id, ()) if o in where} if n else set()
            for cb in _near(theirs, beside):
                s = _retells(ca, cb, context)
                floor = SEQUEL_FLOOR if where[cb.id] in sequels else BESIDE_FLOOR
                if s >= floor and s > best.get(ca.id, (0.0, ""))[0]:
                    best[ca.id] = (s, cb.id)
    return {(a, b): s for a, (s, b) in best.items()}


def _told_elsewhere(ca: Claim, index: Mapping[str, Sequence[Claim]], context: Context) -> bool:
    """Whether a claim of an official text (`index`) shares more than BESIDE_CONTENT content concepts with the
    sentence: its words point there, not to the claim beside its neighbour's ("Analysts thanked the fleets for resuming
    talks on the harbour" beside a leader's thanks for the fleets' resumed talks is no retelling of "The harbour fees
    were discussed", tests/core/linking/test_align.py). No gold's output moves with it."""
    mine = context.terms[ca.id]
    content = mine.concepts - context.w.who - SETTING
    return bool(sharing(mine._replace(concepts=content), index, BESIDE_CONTENT + 1))


def _near(theirs: Sequence[Claim], beside: Sequence[int]) -> list[Claim]:
    """The claims of an official text standing within BESIDE_REACH of any of the positions `beside`."""
    at = {m for n in beside for m in range(n - BESIDE_REACH, n + BESIDE_REACH + 1) if 0 <= m < len(theirs)}
    return [theirs[m] for m in sorted(at)]


def _retells(ca: Claim, cb: Claim, context: Context) -> float:
    """The score of an outlet sentence against an official claim it may retell: sharing BESIDE_CONTENT content
    concept, not carrying another leader's words; 0 otherwise. Nor when that concept is a name (an acronym of a formal
    name, "PRC", says who, not what: tests/core/linking/test_formal_country_names.py) or the two name different
    leaders' meetings (`similarity.other_meeting`: "Berg later held 25-minute phone talks with Indian Prime Minister
    Raj Dahl" beside the call's length is no retelling of the call line's "for approximately 30 minutes",
    tests/core/linking/test_false_links.py). No gold's output moves with either."""
    w, ta, tb = context.w, context.terms[ca.id], context.terms[cb.id]
    content = (ta.concepts & tb.concepts) - w.who - SETTING
    if len(content) != BESIDE_CONTENT or content & w.names or not same_speaker(context.voices, ca.id, cb.id) \
            or other_meeting(ta, tb, w):
        return 0.0
    return score(ta, tb, w)
