"""A readout's claim and its own government's briefer telling the same point of the call in a phrase they share."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.linking.mentions import LEADER  # "leader", "leaders", "president"
from readout_viewer.core.linking.omissions import is_transcript
from readout_viewer.core.linking.pairs import Pair, same_side
from readout_viewer.core.linking.similarity import SETTING, leaders_named, score
from readout_viewer.core.linking.terms import Terms
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim

# A readout's claim left without a partner in its government's briefing pairs with its best match there from this
# score, under the floor of one government's texts (pairs.OUTLET_THRESHOLD, 0.35): a briefer restates the readout's
# point in his own words around the readout's phrase ("remains committed to the 'one China' policy" / "President
# Biden clearly reaffirmed the U.S. 'One China' policy", 0.229; "such as health security" / "the two leaders did talk
# about both COVID and broader health security issues", 0.261). 0.18 and 0.22 give the same links on the read
# events; 0.25 one true link fewer.
BRIEFING_FLOOR = 0.2


def briefing_answers(pair: Pair, kept: Mapping[tuple[str, str], float], left: Sequence[Claim],
                     right: Sequence[Claim], terms: Mapping[str, Terms], w: Weights) -> dict[tuple[str, str], float]:
    """A readout and a transcript of one government (`left`, `right`: the claims of `pair.a`, `pair.b`): each claim
    of the account that one-to-one matching left without a partner, with the transcript's claim it scores best from
    BRIEFING_FLOOR, when that claim scores it best too, tells who in the call acted (`_tells_who`) and shares a phrase
    with it (`_phrase`)."""
    if not same_side(pair) or is_transcript(pair.a) == is_transcript(pair.b):
        return {}
    account, transcript = (left, right) if is_transcript(pair.b) else (right, left)
    used = {c for p in kept for c in p}
    best_of_account: dict[str, tuple[float, str]] = {}
    best_of_transcript: dict[str, tuple[float, str]] = {}
    for a in account:
        for b in transcript:
            s = score(terms[a.id], terms[b.id], w, names_only=1.0)
            if s > best_of_account.get(a.id, (0.0, ""))[0]:
                best_of_account[a.id] = (s, b.id)
            if s > best_of_transcript.get(b.id, (0.0, ""))[0]:
                best_of_transcript[b.id] = (s, a.id)
    out: dict[tuple[str, str], float] = {}
    for mine, (s, theirs) in best_of_account.items():
        if s >= BRIEFING_FLOOR and mine not in used and best_of_transcript[theirs][1] == mine \
                and _tells_who(terms[theirs], w) and _phrase(terms[mine], terms[theirs], w):
            out[(mine, theirs) if is_transcript(pair.b) else (theirs, mine)] = s
    return out


def _tells_who(t: Terms, w: Weights) -> bool:
    """Whether a briefer's claim says who in the call acted: a leader by name, "the President", "the two leaders"
    ("And President Biden clearly reaffirmed ..."); without it the claim is the briefer's own comment ("broader
    concerns about the ways in which ...", "But also talked about the importance of ..."): read27 two false links
    fewer, no true one lost."""
    return bool(leaders_named(t, w)) or LEADER in t.concepts


def _phrase(a: Terms, b: Terms, w: Weights) -> bool:
    """Whether two claims share two concepts side by side ("health security", "China policy"), not both names and
    neither a word of the setting."""
    return any(not (x in w.names and y in w.names) and x not in SETTING and y not in SETTING
               for x, y in a.bigrams & b.bigrams)
