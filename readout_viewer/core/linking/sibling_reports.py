"""An unlinked outlet sentence that another outlet's linked sentence tells in nearly its words: the same claims."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain

from readout_viewer.core.language.speakers import said_elsewhere
from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.linking.score_bound import Reach
from readout_viewer.core.linking.similarity import SETTING, other_meeting, same_speaker, score
from readout_viewer.core.linking.terms import Terms
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim

# Two outlets of one event telling a point in nearly the same words (a wire's copy, one agency's dispatch retold)
# report the same official claims: a sentence every pass left linked to nothing that scores this much against a
# sentence of another outlet of its event, which the passes linked to an official claim, reports that claim too — its
# own words may fall short of the readout's where the other outlet's reach them. Counted with eval/corroborated.py over
# the sentences still unlinked on read29 (the best candidate per sentence): such a sibling from 0.6 and one content
# concept shared with the claim, 15 confirmed by the gold (9 required) for 8 false, none on dev or old; from 0.5, 31
# (13) for 39; from 0.7, 8 (5) for 4. Pooled with SIBLING_LINK 0 (each official text's best such claim): read29 link
# F1 0.8785 -> 0.8799 (1140 -> 1148 of 1374, 1498/1605 -> 1513/1628), dev and old unchanged; at 0.5 dev 0.896 -> 0.888
# (a false link); at 0.7 read29 0.8796 (1145, 1506/1617).
SIBLING_SCORE = 0.6
# ... when the other outlet's link scores this much: a close report of the claim, not one the passes took on a loose
# reading (a neighbour's, a lede's, a leader's report from 0.25), which the copies would carry to every outlet
# repeating the sentence. Pooled on read29 (dev and old unchanged at each): from 0, link F1 0.8799 (1148 of 1374,
# 1513/1628) but four outlets' copies of Erdogan's "would discuss regional and global issues" linked, which the gold
# lists as in no readout (unreported found 115 -> 111 of 239, attributions 529 -> 527 of 582); from 0.35, 0.8792
# (112, 528); from 0.4, 0.8797 (1145, 1509/1620; 112, 528); from 0.5, 0.8790 (1143, 1501/1611), unreported and
# attributions as without the pass; from 0.6, 0.8784 (1141, 1499/1608).
SIBLING_LINK = 0.5
# ... when it shares this many content concepts with the claim itself (not who the event is about, not the setting):
# two outlets' call lines alike in their names and dates share nothing of a claim of what was said. With two, read29
# 0.878 (1143, 1505/1620).
SIBLING_CONTENT = 1
# Two sentences are siblings only when they share at least this many concepts: the sieve over the index of linked
# sentences that spares scoring every pair of a large folder (every pair scoring 0.6 on the readable events shares
# more). It is a rule, not only a sieve: a short sentence can score 0.6 sharing two (speed33: on the synthetic folder
# of 2,000 articles, 11 pairs of wordings, 8 unlinked wordings left without the siblings they score 0.6 against).
# What only refuses pairs sure to score under SIBLING_SCORE is score_bound.Reach.
SIBLING_SHARED = 3
Wording = tuple[str, Terms]  # an outlet sentence's event and terms: sentences worded alike are scored once


def sibling_reports(kept: Mapping[tuple[str, str], float], pairs: Sequence[Pair], context: Context
                    ) -> dict[tuple[str, str], float]:
    """Each outlet sentence that every pass before left linked to nothing, with the official claim of each official
    text that sentences of the event's other outlets scoring SIBLING_SCORE or more against it are linked to from
    SIBLING_LINK (the one it scores best), sharing SIBLING_CONTENT content concept with it; never a sentence said on
    another occasion or by someone not on the call (`speakers.said_elsewhere`), as no outlet pass links one."""
    outlets = {p.a.id: p.a for p in pairs if not p.a.is_official and p.b.is_official}
    official = {c.id: p.b.id for p in pairs if p.b.is_official for c in context.claims_of.get(p.b.id, ())}
    linked = {a for a, b in kept if b in official}
    reports: dict[str, set[str]] = {}  # an outlet sentence -> the official claims it reports closely
    for (a, b), s in kept.items():
        if b in official and s >= SIBLING_LINK:
            reports.setdefault(a, set()).add(b)
    told: dict[Wording, list[Claim]] = {}  # the sentences reporting official claims closely, by event and terms
    unlinked: dict[Wording, list[Claim]] = {}  # ... and those linked to nothing
    for doc_id, doc in outlets.items():
        for c in context.claims_of.get(doc_id, ()):
            if c.id in context.terms and (c.id in reports or c.id not in linked and not said_elsewhere(c.text)):
                (told if c.id in reports else unlinked).setdefault((doc.event, context.terms[c.id]), []).append(c)
    best: dict[tuple[str, str], tuple[float, str]] = {}  # (sentence, official text) -> its best claim there
    for wording, siblings in _alike(told, unlinked, context.w).items():
        for ca in unlinked[wording]:
            for b in sorted({b for x in siblings if x.doc != ca.doc for b in reports[x.id]}):
                s = _retells(ca, b, context)
                if s > best.get((ca.id, official[b]), (0.0, ""))[0]:
                    best[(ca.id, official[b])] = (s, b)
    return {(a, b): s for (a, _), (s, b) in best.items()}


def _alike(told: Mapping[Wording, Sequence[Claim]], unlinked: Mapping[Wording, Sequence[Claim]], w: Weights
           ) -> dict[Wording, list[Claim]]:
    """Each wording of unlinked sentences with the linked sentences of its event scoring SIBLING_SCORE or more
    against it: each pair of wordings scored once (a large folder repeats a wire's sentences word for word), after a
    sieve of SIBLING_SHARED concepts in common and of the score's bound (`score_bound.Reach`: only pairs sure to score
    under SIBLING_SCORE are left unscored)."""
    keys = list(told)
    index: dict[tuple[str, str], list[int]] = {}  # (event, concept) -> the linked wordings holding it
    for n, (event, t) in enumerate(keys):
        for c in t.concepts:
            index.setdefault((event, c), []).append(n)
    reach = [Reach(t, w) for _, t in keys]
    out: dict[Wording, list[Claim]] = {}
    for event, t in unlinked:
        counts = Counter(chain.from_iterable(index.get((event, c), ()) for c in t.concepts))
        mine = Reach(t, w)
        may = sorted(n for n, k in counts.items() if k >= SIBLING_SHARED and mine.may_reach(reach[n], k, SIBLING_SCORE))
        near = [keys[n] for n in may if score(t, keys[n][1], w) >= SIBLING_SCORE]
        if near:
            out[(event, t)] = [x for k in near for x in told[k]]
    return out


def _retells(ca: Claim, b: str, context: Context) -> float:
    """The sentence's score against official claim `b` when it may report it (SIBLING_CONTENT content concepts
    shared, the same speaker, no other leader's meeting); 0 otherwise."""
    w, ta, tb = context.w, context.terms[ca.id], context.terms[b]
    content = (ta.concepts & tb.concepts) - w.who - SETTING
    if len(content) < SIBLING_CONTENT or not same_speaker(context.voices, ca.id, b) or other_meeting(ta, tb, w):
        return 0.0
    return score(ta, tb, w)
