"""Claim similarity: the weighted cosine of two claims' concepts, and the gates on what they share."""

from __future__ import annotations

import math
from collections.abc import Mapping

from readout_viewer.core.language.lexicon import MANNER_WORDS, SETTING_WORDS, STANCE_WORDS
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.terms import Terms, is_date
from readout_viewer.core.linking.weights import Weights

# Two concepts next to each other that also stand together in the other claim add this share of their weight:
# "offensive strike weapons" in both says more than the three words scattered.
BIGRAM_WEIGHT = 1.0
# A claim with fewer content concepts than this ("Of course, it didn't.") is too thin to be matched on its
# own; its scores shrink in proportion.
MIN_CONCEPTS = 3

# The concepts of the words that set the scene (lexicon.SETTING_WORDS): sharing only these and names, two claims
# both say the meeting took place; an outlet sentence reports a readout's sentence on them only when both are
# such mentions ...
SCENE = frozenset(concept(w) for w in SETTING_WORDS)
# ... and the words of how a thing was said or of a stand against it (lexicon.MANNER_WORDS, STANCE_WORDS) are no
# content either; a claim that says more than the scene in them is no mere mention of the meeting, though ("both
# emphasised the importance of cooperation when they met").
SETTING = SCENE | frozenset(concept(w) for w in MANNER_WORDS | STANCE_WORDS)
# ... that is, when each has at most this many other concepts ("as seen at a restaurant" makes a caption).
MENTION_REST = 1
# A leader's title other than "President" ("Prime Minister Netanyahu", "the premier", "the chancellor") is who met,
# not what was said, whether the folder writes it as a name or not: "President Joseph R. Biden, Jr. spoke today by
# phone with Prime Minister Netanyahu of Israel" only mentions the call, and the outlets' ledes report it (the
# Biden-Netanyahu event: link F1 0.781 -> 0.835, five ledes linked; every other gold unchanged).
TITLES = frozenset(concept(w) for w in ("prime", "minister", "premier", "chancellor"))


def score(a: Terms, b: Terms, w: Weights, names_only: float = 0.0, min_shared: int = 1) -> float:
    """Weighted cosine of two claims' concept sets, plus a bonus for shared adjacent pairs; 0..1.

    Claims that share only names (who, not what) keep `names_only` of their score: none for an outlet
    sentence, which names who said a thing; all of it between readouts, where "regional issues such as
    Iran" and "the Iranian nuclear programme" are one topic and one-to-one matching guards the rest. The
    same holds for names and the words that set the scene, unless both claims only say that a meeting took
    place: a sentence that says more on the meeting's setting alone reports none of what was said in it.
    """
    shared = a.concepts & b.concepts
    if len(shared) < min_shared or not shared:
        return 0.0
    names = shared & w.names
    if shared - names - SETTING:
        share = 1.0
    elif other_meeting(a, b, w):  # names and the setting shared, but each names a leader the other does not
        share = 0.0
    elif mention(a, w) and mention(b, w):
        share = 1.0
    else:  # a topic named in both ("Iran") is something; the leaders and the setting alone are not
        share = names_only if names - w.common else 0.0
    if not share:
        return 0.0
    idf = w.weight
    dot = math.fsum(map(idf.__getitem__, shared))
    pairs = a.bigrams & b.bigrams
    if pairs:  # most pairs of claims share none: adding 0.0 changes no sum
        dot += BIGRAM_WEIGHT * math.fsum(min(idf[x], idf[y]) for x, y in pairs if not (x in names and y in names))
    masses = w._mass  # mass(), without a call for the masses it already holds
    ma, mb = masses.get(a.concepts) or w.mass(a), masses.get(b.concepts) or w.mass(b)
    norm = math.sqrt(ma * mb)
    thin = min(1.0, min(len(a.concepts), len(b.concepts)) / MIN_CONCEPTS)
    return min(1.0, share * thin * dot / norm) if norm else 0.0


def other_meeting(a: Terms, b: Terms, w: Weights) -> bool:
    """Whether two claims that each only say a meeting took place name different leaders' meetings ("President Biden
    held a secure video call today with President Putin" / "President Biden spoke today with President Zelenskyy"):
    each names the leader of a country the other does not (`Weights.leaders`); naming fewer leaders is no other
    meeting."""
    mine, theirs = leaders_named(a, w), leaders_named(b, w)
    return bool(mine - theirs and theirs - mine)


def leaders_named(t: Terms, w: Weights) -> frozenset[str]:
    """The countries of the leaders a claim names (`Weights.leaders`)."""
    return frozenset(w.leaders[c] for c in t.names if c in w.leaders)


def mention(t: Terms, w: Weights) -> bool:
    """Whether a claim only says that the meeting took place: who met, how and when, and nothing said in it
    (memoised on the weights, as the claim is compared with many others)."""
    found = w.mentions.get(t.concepts)
    if found is None:
        rest = t.concepts - w.names - SCENE - TITLES
        named = bool(t.concepts & w.names)  # who met: a mention names them ("how I think about the call" does not)
        found = w.mentions[t.concepts] = named and len([c for c in rest if not is_date(c)]) <= MENTION_REST
    return found


def shares_content(a: Terms, b: Terms, w: Weights) -> bool:
    """Whether two claims share a concept that is not a name nor a word nearly every claim uses."""
    return bool((a.concepts & b.concepts) - w.names - w.common)


def same_speaker(speakers: Mapping[str, str], a: str, b: str) -> bool:
    """Whether two claims may report the same words: not when each names a different side's leader as the one who
    spoke or acted ("Xi stated China's position" does not report "Biden welcomed the opportunity to speak")."""
    x, y = speakers.get(a), speakers.get(b)
    return x is None or y is None or x == y
