"""Claims linked by what they mention rather than by their words: the call's duration, the leaders' last meeting."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from readout_viewer.core.language.figures import call_duration
from readout_viewer.core.language.lexicon import concept
from readout_viewer.core.linking.similarity import Terms, Weights, is_month, mention
from readout_viewer.core.model import Claim

# A link between two claims that both give the call's duration: as sure as a clear paraphrase.
DURATION_SCORE = 0.5
# A link between two claims that both recall the leaders' last meeting by its month or place: above the outlets'
# threshold (0.35), under a clear paraphrase, as their words say little else in common ("the first conversation
# since their meeting in November" / "The call follows the two leaders' meeting in Woodside, California in November
# 2023": the setting, the leaders and a month).
PREVIOUS_MEETING_SCORE = 0.4
# The concept every word for a meeting becomes ("meeting", "summit", "met").
MEETING = concept("meeting")
# Where a meeting was: the capitalised words after "in" or "at" ("in Woodside, California", "at the Geneva villa").
_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?((?:[A-Z][\w\-]+,?\s*){1,3})")


def durations(left: Sequence[Claim], right: Sequence[Claim]) -> dict[tuple[str, str], float]:
    """An outlet claim that says how long the call took reports the official claims that say it ("the video
    conference lasted more than three hours" / "they spoke for about three and a half hours"), whatever their
    words: the figures then say whether they agree."""
    timed = [c for c in right if call_duration(c.text) is not None]
    if not timed:
        return {}
    return {(ca.id, cb.id): DURATION_SCORE for ca in left if call_duration(ca.text) is not None for cb in timed}


def previous_meetings(left: Sequence[Claim], right: Sequence[Claim], terms: Mapping[str, Terms], w: Weights
                      ) -> dict[tuple[str, str], float]:
    """A claim of `right` that only recalls a meeting of the leaders, by its month or its place ("The call follows
    the two leaders' meeting in Woodside, California in November 2023"), is reported by every claim of `left` that
    names a meeting and that month or place ("the first call since their summit in November"), whatever else it
    says: those words are all the two have in common, too few for the score to link them."""
    out: dict[tuple[str, str], float] = {}
    for cb in right:
        anchors = _recalled(cb, terms[cb.id], w)
        if not anchors:
            continue
        for ca in left:
            mine = terms[ca.id].concepts
            if MEETING in mine and mine & anchors:
                out[(ca.id, cb.id)] = PREVIOUS_MEETING_SCORE
    return out


def _recalled(claim: Claim, t: Terms, w: Weights) -> frozenset[str]:
    """The month and places by which a claim that only mentions a meeting names it (none for any other claim): the
    capitalised words after "in" or "at" that are not who the event is about (`Weights.who`: the leaders, their
    countries and capitals), not the country a leader is "of"."""
    if MEETING not in t.concepts or not mention(t, w):
        return frozenset()
    places = {concept(word.lower()) for m in _PLACE.finditer(claim.text) for word in m.group(1).split()}
    return frozenset(c for c in t.concepts if is_month(c) or (c in places and c in w.names and c not in w.who))
