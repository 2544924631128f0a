"""The second claim of a compound outlet sentence, scored on the part of the sentence its first counterparts leave."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.counterparts import MAX_PER_DOC, OUTLET_SHARED, ranked_terms
from readout_viewer.core.linking.pairs import OUTLET_THRESHOLD
from readout_viewer.core.linking.similarity import mention
from readout_viewer.core.linking.terms import Terms
from readout_viewer.core.model import Claim, Document

# The part left reports a further claim as a sentence of one claim would: from the outlet pass's own floor, with its
# gates (OUTLET_SHARED concepts, two of them content). With LEFT_MIN 4, from 0.30 dev took one false link (0.896 ->
# 0.888), from 0.25 two (0.881), read35 unchanged at 0.885 (links73).
LEFT_THRESHOLD = OUTLET_THRESHOLD
# ... and the part left holds this many concepts: a second claim has an act and a thing of its own; fewer is an adjunct
# of the first ("Regarding US measures targeting trade and technology, Xi said China's door will always be open ...":
# the topic it opens on; "to brief Ramaphosa on developments in efforts to end the war": what the briefing was on), or
# the end of a line cut in two ("... release full, transparent"). Read35, dev and old: from 4 and 5, three and two false
# links; from 6, 7 and 8 none, the same required link (6 keeps two optional ones more than 8).
LEFT_MIN = 6
# ... or from the reports' floor (outlet_passes.RELAY_FLOOR) when the further claim stands next to a first counterpart
# in its text: an outlet that retells one sentence of a readout retells the passage it stands in, the sentence before or
# after in its own words ("Kenya and the US will continue to engage in regional security ... to ensure the Horn of
# Africa has room to focus on social and economic advancement" / the readout's "... security, ending conflicts, and
# fighting terrorism in the Horn of Africa." then "This will allow people in the region to enjoy peace and focus on
# economic engagement.", 0.34). Read36, dev and old: three links the gold confirms and one it does not (0.349, a
# crossing of speakers); from 0.20, two more false (one on dev) for one more confirmed.
NEAR_THRESHOLD = 0.25


def left_over(mine: Terms, partners: Iterable[Terms]) -> Terms:
    """A sentence's terms without the concepts it shares with its counterparts (what they do not explain)."""
    told = frozenset().union(*(mine.concepts & p.concepts for p in partners))
    keep = mine.concepts - told
    return Terms(keep, frozenset(b for b in mine.bigrams if b[0] in keep and b[1] in keep),
                 mine.names & keep, mine.plain & keep, mine.placed & keep)


def second_claims(kept: Mapping[tuple[str, str], float], claims: Mapping[str, Claim],
                  docs: Mapping[str, Document], context: Context) -> dict[tuple[str, str], float]:
    """Each outlet sentence linked in an official text to fewer than MAX_PER_DOC claims there: the best further claim
    there that the part its counterparts there leave reports from LEFT_THRESHOLD (from NEAR_THRESHOLD when it stands
    beside one of them: `beside`). Never a line that only says the
    leaders spoke (`similarity.mention`): with the point taken out, any lede's names read as a call mention, and the
    call lines are the ledes' passes' (`ledes.lede_links`) — three false links on the read events,
    one true and two optional."""
    firsts: dict[tuple[str, str], list[str]] = {}
    for a, b in kept:
        if not docs[claims[a].doc].is_official and docs[claims[b].doc].is_official:
            firsts.setdefault((a, claims[b].doc), []).append(b)
    c, out = context, {}
    for (a, doc), found in firsts.items():
        if len(found) >= MAX_PER_DOC or a not in c.terms:
            continue
        left = left_over(c.terms[a], (c.terms[f] for f in found))
        if len(left.concepts) < LEFT_MIN:
            continue
        near = beside(found, c.claims_of.get(doc, ()))
        for s, o in ranked_terms(left, (), c.speakers.get(a), OUTLET_SHARED, c.indexes[doc], c.terms, c.w, c.speakers):
            if s < NEAR_THRESHOLD:
                break
            if (s >= LEFT_THRESHOLD or o.id in near) and o.id not in found and (a, o.id) not in kept \
                    and not mention(c.terms[o.id], c.w):
                out[(a, o.id)] = s
                break
    return out


def beside(found: Sequence[str], claims: Sequence[Claim]) -> frozenset[str]:
    """The claims of a text (`claims`, in order) that stand right before or after one of the `found` claims."""
    at = {c.id: n for n, c in enumerate(claims)}
    return frozenset(claims[n + d].id for f in found if f in at for n in (at[f],) for d in (-1, 1)
                     if 0 <= n + d < len(claims))
