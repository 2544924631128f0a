"""Two sides' readouts that both tell of one leader briefing the other, each in its own words for the briefing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_viewer.core.language.synonyms import concept, tells_of_briefing
from readout_viewer.core.language.text import fold
from readout_viewer.core.linking.pairs import Pair, same_side
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim
from readout_viewer.core.system.lazyre import LazyPattern

# A link between two readouts' claims that tell of the same leader's part in a briefing: above the outlets'
# threshold (0.35), under a clear paraphrase, as the courtesies' links (courtesies.COURTESY_SCORE). "President Putin
# briefed Prime Minister about the recent developments regarding Ukraine" / "Vladimir Putin gave his principled
# assessment of Kiev's aggressive actions ..." share the briefer's name and the country, too little for a score.
BRIEFING_TOLD_SCORE = 0.4
# The words of a claim, as the leaders' names are looked up in it (`Weights.leaders`: concepts of folded words).
_WORD = LazyPattern(r"[^\W\d_]+")


def briefings_told(pair: Pair, kept: Mapping[tuple[str, str], float], left: Sequence[Claim], right: Sequence[Claim],
                   w: Weights) -> dict[tuple[str, str], float]:
    """Two sides' official texts (`left`, `right`: the claims of `pair.a`, `pair.b`): a claim that tells of a
    briefing (`synonyms.tells_of_briefing`: "briefed", "informed", "request to brief", "shared the main results",
    "gave his assessment", thanks for "the briefing" or "the information provided") reports the other text's claim
    that tells of one too when the leader it names first is the same: the briefer in both, or in both the leader
    briefed who thanks for it ("The discussion followed President Putin's request to brief President Ramaphosa ..." /
    "Vladimir Putin shared the main results of the conversation ..."; "President Ramaphosa welcomed the briefing" /
    "Cyril Ramaphosa expressed gratitude for the information provided"). A leader's briefing is one act of a call,
    and two governments word it apart: the score sees their names alone."""
    if same_side(pair):
        return {}
    mine = _briefings(left, w)
    theirs = _briefings(right, w) if mine else []
    return {(a.id, b.id): BRIEFING_TOLD_SCORE for a, x in mine for b, y in theirs
            if x == y and (a.id, b.id) not in kept}


def _briefings(claims: Sequence[Claim], w: Weights) -> list[tuple[Claim, str]]:
    """The claims that tell of a briefing and name a leader of the event, each with that leader's country."""
    return [(c, lead) for c in claims if tells_of_briefing(c.text) and (lead := first_leader(c.text, w))]


def first_leader(text: str, w: Weights) -> str | None:
    """The country of the leader of the event a claim names first, if any: who briefs, or who thanks for a briefing
    (shared with `courtesies.briefing_links`, which keeps a briefer's line off the other leader's thanks)."""
    for m in _WORD.finditer(fold(text)):
        if (country := w.leaders.get(concept(m.group()))) is not None:
            return country
    return None
