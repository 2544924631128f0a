"""An outlet sentence left unlinked that lists what the call discussed: each topic linked to the claim carrying it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.mentions import TOPIC_FILLER  # words that name no topic ("the situation in")
from readout_viewer.core.linking.omissions import is_transcript
from readout_viewer.core.linking.outlet_passes import party_words, shared_things
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.linking.places_discussed import TOPIC_SCORE
from readout_viewer.core.linking.similarity import score
from readout_viewer.core.linking.terms import Terms, terms
from readout_viewer.core.model import Claim
from readout_viewer.core.system.lazyre import LazyPattern

# A sentence names the call's discussion before its list ("the parties discussed ...", "The telephone conversation
# touched on a range of topics such as ...", "exchanged views about ...") or after it ("The conflict in Ukraine and
# the situation in Bangladesh ... were topics of conversation between the two leaders").
_BEFORE = re.compile(r"\b(?:(?:they|leaders|parties|sides|presidents|call|conversation|talks)\s+(?:also\s+)?"
                     r"(?:discussed|touched\s+on|talked\s+about|spoke\s+about|covered|focused\s+on)|"
                     r"exchanged\s+(?:views|ideas|opinions)\s+(?:[\w-]+\s+){0,4}?(?:on|about)|"
                     r"topics\s+(?:such\s+as|including))\s", re.IGNORECASE)
_AFTER = re.compile(r"\s(?:were|was)\s+(?:among\s+)?(?:the\s+)?(?:topics|issues|subjects)\s+(?:discussed|of\s+"
                    r"(?:the\s+)?(?:conversation|discussion|call|talks))\b", re.IGNORECASE)
# The list's items: its commas, "and", "as well as" (one item each: "trade and investment" parts into two topics, each
# still the claim's that carries both).
_ITEM_END = LazyPattern(r"\s*(?:[,;\u2013\u2014]|\band\b|\bas\s+well\s+as\b)\s*", re.IGNORECASE)
# A list ends where a clause of circumstance or comment goes on from it ("..., hours after Mr. Modi spoke in a
# telephone call with ...", "..., where former Prime Minister ... was overthrown", "..., indicating ..."): what
# follows is no topic of the call.
_LIST_END = LazyPattern(r",\s*(?:[\w-]+\s+){0,2}?(?:after|before|amid|as|while|when|where|which|who|since|according|"
                       r"following)\b|,\s*\w+ing\b", re.IGNORECASE)
# A list names at least this many topics: one topic after "discussed" is a sentence the other passes score whole.
LIST_ITEMS = 2
# A topic reports the official claim it scores best in a text from this score up, sharing a concept besides who the
# event is about and the setting (a topic's name counts: "the situation in Bangladesh").
TOPIC_FLOOR = 0.2


def topic_links(kept: Mapping[tuple[str, str], float], pairs: Sequence[Pair], context: Context
                ) -> dict[tuple[str, str], float]:
    """Each outlet claim that every pass before left linked to no official claim and that lists what the call
    discussed (`_topics`), with the official claim of its event that each listed topic scores best, when that reaches
    TOPIC_FLOOR: one claim a topic, the one that carries it, not every text's nearest."""
    linked, parties = {c for pair in kept for c in pair}, party_words(pairs)
    topics_of: dict[str, list[Terms]] = {}
    best: dict[tuple[str, int], tuple[float, str]] = {}
    for pair in pairs:
        if pair.a.is_official or not pair.b.is_official or pair.a.event != pair.b.event or is_transcript(pair.b):
            continue  # a list reports an account's topics, not the answer of a briefing that uses the word
        for ca in context.claims_of.get(pair.a.id, ()):
            if ca.id in linked:
                continue
            if ca.id not in topics_of:
                topics_of[ca.id] = _topics(ca.text, context, parties)
            for n, topic in enumerate(topics_of[ca.id]):
                found = _best(topic, context.claims_of.get(pair.b.id, ()), context, parties)
                if found is not None and found > best.get((ca.id, n), (0.0, "")):
                    best[(ca.id, n)] = found
    return {(a, b): TOPIC_SCORE for (a, _), (_, b) in best.items()}


def _topics(text: str, context: Context, parties: frozenset[str]) -> list[Terms]:
    """The terms of each topic a sentence lists as the call's discussion, each with a concept besides who the event
    is about and the setting; none when it lists fewer than LIST_ITEMS."""
    before, after = _BEFORE.search(text), _AFTER.search(text)
    if before is not None:
        listed = text[before.end():]
    elif after is not None:
        listed = text[:after.start()]
    else:
        return []
    listed = listed[:end.start()] if (end := _LIST_END.search(listed)) is not None else listed
    w = context.w
    found = [t for item in _ITEM_END.split(listed.rstrip(".")) if item
             if shared_things(t := terms(item, w.acronyms), t, w, parties) - TOPIC_FILLER]
    return found if len(found) >= LIST_ITEMS else []


def _best(topic: Terms, claims: Sequence[Claim], context: Context, parties: frozenset[str]
          ) -> tuple[float, str] | None:
    """The score and id of the claim of one text a topic scores best, from TOPIC_FLOOR, sharing a concept besides who
    and the setting."""
    w, found = context.w, None
    for c in claims:
        other = context.terms[c.id]
        if not shared_things(topic, other, w, parties) - TOPIC_FILLER:
            continue
        s = score(topic, other, w, names_only=1.0)
        if s >= TOPIC_FLOOR and (found is None or s > found[0]):
            found = (s, c.id)
    return found
