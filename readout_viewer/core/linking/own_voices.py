"""Two sides' official texts: a claim left over that tells one leader's act joins the other text's claim of that act."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.linking.readouts import MUTUAL_THRESHOLD, partners, shares_content
from readout_viewer.core.linking.similarity import score
from readout_viewer.core.linking.terms import Terms
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim

# Such a claim joins from the floor of a mutual best pair (readouts.MUTUAL_THRESHOLD, 0.12), not a floor of its own:
# "President Putin expressed his recognition and appreciation for South Africa's involvement in advancing a peace
# process" / "The Russian side also positively noted the well-known peace initiative by African states, including
# South Africa" score 0.149. From 0.10 nothing more on the read events; from 0.08 a false link on Kishida-Xi.
VOICE_FLOOR = MUTUAL_THRESHOLD


def own_voices(kept: Mapping[tuple[str, str], float], left: Sequence[Claim], right: Sequence[Claim],
               terms: Mapping[str, Terms], w: Weights, speakers: Mapping[str, str]) -> dict[tuple[str, str], float]:
    """Two sides' texts (`left`, `right`: their claims; `kept`: the pairs kept so far): a claim left without a partner
    that tells the act of a leader (`speakers`, `Context.speakers`) joins the other text's claim it scores best from
    VOICE_FLOOR, sharing content, when that claim names no other leader as the one who acted and is paired only with
    claims of another leader's acts (`_answered_only`)."""
    taken = partners(kept)
    out: dict[tuple[str, str], float] = {}
    for mine, theirs, first in ((left, right, True), (right, left, False)):
        for c in mine:
            who = speakers.get(c.id)
            if c.id in taken or who is None:
                continue
            found = [(score(terms[c.id], terms[p.id], w, names_only=1.0), p.id) for p in theirs
                     if speakers.get(p.id) in (who, None) and _answered_only(taken.get(p.id, ()), who, speakers)]
            s, p = max(((s, p) for s, p in found if shares_content(terms[c.id], terms[p], w)), default=(0.0, ""))
            if s >= VOICE_FLOOR:
                out[(c.id, p) if first else (p, c.id)] = s
    return out


def _answered_only(paired: Sequence[str], who: str, speakers: Mapping[str, str]) -> bool:
    """Whether a claim's partners (`paired`, at least one) all tell the acts of a leader other than `who`: the claim
    was matched with the other leader's answer to it, a counterpart, while its own leader's act in the other text
    is still free ("The Russian side also positively noted the well-known peace initiative by African states" paired
    with "[Ramaphosa] expressed South Africa's full support to peace initiatives", and "President Putin expressed his
    recognition and appreciation for South Africa's involvement in advancing a peace process" left over)."""
    return bool(paired) and all(speakers.get(q) not in (None, who) for q in paired)
