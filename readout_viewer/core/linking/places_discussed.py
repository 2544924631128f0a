"""Claims linked by the places they say a call discussed, never by where a leader travelled to."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from readout_viewer.core.language.clauses import enumerates
from readout_viewer.core.language.places import place_words
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import fold, holds
from readout_viewer.core.linking.mentions import DISCUSSING, TOPIC_FILLER, DocPair, compared_claims, discusses
from readout_viewer.core.linking.similarity import SETTING
from readout_viewer.core.linking.terms import Terms, is_date, terms
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim
from readout_viewer.core.system.lazyre import LazyPattern

# A link between two claims that only say which places the call discussed, sharing one ("We talked about a lot of
# things, including Iran" / "The heads of state also discussed the situation in Iran and the Middle East"): as the
# last meeting's.
TOPIC_SCORE = 0.4
# ... besides which a claim that only names the topics discussed says at most this much more: a word or two that
# describe the topic ("the settlement in Ukraine", "the war in Ukraine and possible peace talks"), not what of it
# was said or agreed ("Ukraine's grain exports from the northern ports"). With 1, six events that may be read
# pooled gave link F1 0.802; with 2, 0.806 (two ledes naming the topics linked, no false link; dev and the old
# held-out folder unchanged); with 3, 0.806 (one more true link, one false).
TOPIC_REST = 2
# An outlet claim that says a place was discussed and says more of it than a topic's name (TOPIC_REST) reports the one
# claim of an official text naming that place when the two share this many content concepts besides the place
# (`discussed_places`): "the Iranian threat" / "the Iranian threat". With 1, read12 two gold links more ("the security
# challenge posed by Iran" / "regional security issues, including Iran") but a kept-out event one false link
# (kept11 639/740 -> 639/741); without the word of discussing, read12, dev and the old folder counted five gold
# links for 13 false ones ("took place just days after PM Modi visited Ukraine" / "briefed ... on his recent visit
# to Ukraine").
DISCUSSED_CONTENT = 2

# Where a claim's first clause ends: "The two presidents discussed the situation in Ukraine and the peaceful settlement
# of the conflict, Peskov said, stressing that ..." names its topics before the comma, whatever it adds after it
# (fifteen: recall 637 -> 640, one link more that the golds do not list).
_CLAUSE_END = re.compile(r"[,;:\u2014]")


def topics(text: str, t: Terms, places: frozenset[str], names: frozenset[str] = frozenset()) -> frozenset[str]:
    """The places (concepts of `places`: not the call's parties) that a claim only says were discussed ("Of course,
    the issue of Ukraine was discussed", "the leaders discussed the settlement in Ukraine and the situation in the
    Middle East"), by the whole claim or its first clause; none for a claim that says what of them (more than
    TOPIC_REST other words; `names`: the folder's names, which the first word of a sentence ("Putin and Trump
    discussed ...") does not show as one)."""
    named = t.names & places
    if not named or not discusses(fold(text)):
        return frozenset()
    rest = t.concepts - t.names - names - SETTING - TOPIC_FILLER - DISCUSSING
    if len([c for c in rest if not is_date(c)]) <= TOPIC_REST:
        return named
    opening = _CLAUSE_END.split(text, maxsplit=1)[0]
    if opening == text or enumerates(text):  # a list's first comma parts its items, not its clauses
        return frozenset()
    return topics(opening, terms(opening), places, names)


def topic_links(candidates: Mapping[str, Sequence[Claim]], named: Mapping[str, frozenset[str]],
                visited: Mapping[str, Trips] | None = None) -> dict[tuple[str, str], float]:
    """A claim that only names the places discussed reports the claims it may report (`candidates`) that only name
    places discussed, one of them the same: the score gives names, who is discussed rather than what, no weight.
    A place one of the two names only as where a leader travelled (`visited`, `travelled`) is not the other's
    topic."""
    visited = visited or {}
    return {(a, b.id): TOPIC_SCORE for a, others in candidates.items() if named.get(a) for b in others
            if (named[a] & named.get(b.id, frozenset())) - travelled(a, b.id, visited)}


def travelled(a: str, b: str, visited: Mapping[str, Trips]) -> frozenset[str]:
    """The places one of two claims names only as where a leader travelled and the other not as such: no topic they
    share ("to discuss the Prime Minister's recent trip to Poland and Ukraine" / "discussed the situation in
    Ukraine")."""
    none = Trips(frozenset(), frozenset())
    x, y = visited.get(a, none), visited.get(b, none)
    return (x.only - y.named) | (y.only - x.named)


# A place named as where a leader travelled ("his recent trip to Poland and Ukraine", "his visit to Kyiv"): the
# capitalised words after a word of travelling and "to".
_VISIT = LazyPattern(r"\b(?:trips?|visits?|travel(?:s|led)?|journey)\s+to\s+"
                    r"((?:[A-Z][\w\-]+(?:,\s*|\s+and\s+|\s+)?){1,4})")
_CAPITALISED = LazyPattern(r"[A-Z][\w\-]+")
# A word every match of _VISIT holds, as written (it is case-sensitive): a claim with none is not searched (corpus/:
# 518 claims, each tried at every character).
_TRAVEL_WORDS = ("trip", "visit", "travel", "journey")


class Trips(NamedTuple):
    """The places a claim names as where a leader travelled (_VISIT), as concepts, and those it names only so (not
    also otherwise: "While discussing the situation in Ukraine, ... briefed President Biden on his recent visit to
    Ukraine")."""

    named: frozenset[str]
    only: frozenset[str]


def visited(text: str) -> Trips:
    """The places a claim names as where a leader travelled (Trips)."""
    if not holds(text, _TRAVEL_WORDS):
        return Trips(frozenset(), frozenset())
    trips = frozenset(concept(word.lower()) for m in _VISIT.finditer(text) for word in _CAPITALISED.findall(m.group(1)))
    if not trips:
        return Trips(trips, trips)
    return Trips(trips, trips - {concept(word.lower()) for word in _CAPITALISED.findall(_VISIT.sub(" ", text))})


def place_links(doc_pairs: Sequence[DocPair], claims_of: Mapping[str, Sequence[Claim]], terms: Mapping[str, Terms],
                names: frozenset[str] = frozenset(), linked: frozenset[str] = frozenset()
                ) -> dict[tuple[str, str], float]:
    """The links between claims that only name the places a call discussed (topic_links), event by event; the
    event's parties (its official texts' sides) are no topic. An outlet claim of that kind linked to nothing else
    (`linked`: the claims already linked, ledes among them) also reports the one claim of an official text that names
    such a place (sole_holders)."""
    out: dict[tuple[str, str], float] = {}
    for mine, places in _by_event(doc_pairs):
        docs = {d.id for pair in mine for d in pair}
        named = {c.id: topics(c.text, terms[c.id], places, names) for d in docs for c in claims_of.get(d, ())}
        visits = {c.id: visited(c.text) for d in docs for c in claims_of.get(d, ())}
        candidates = compared_claims(mine, claims_of, named)
        out.update(topic_links(candidates, named, visits))
        outlets = {c.id for a, _ in mine if not a.is_official for c in claims_of.get(a.id, ())}
        alone = {a: others for a, others in candidates.items() if a in outlets and a not in linked}
        out.update(sole_holders(alone, named, places, terms, visits))
    return out


def _by_event(doc_pairs: Sequence[DocPair]) -> list[tuple[list[DocPair], frozenset[str]]]:
    """The document pairs of each event, with the places that may be its topics: not its parties (its official
    texts' sides)."""
    out = []
    for event in sorted({a.event for a, _ in doc_pairs}):
        mine = [(a, b) for a, b in doc_pairs if a.event == event]
        parties = frozenset(d.side for pair in mine for d in pair if d.is_official and d.side)
        out.append((mine, frozenset(concept(word) for word in place_words(parties))))
    return out


def discussed_places(doc_pairs: Sequence[DocPair], claims_of: Mapping[str, Sequence[Claim]],
                     terms: Mapping[str, Terms], w: Weights, linked: frozenset[str]) -> dict[tuple[str, str], float]:
    """An outlet claim linked to nothing (`linked`) that says a place was discussed, whatever else it says of it ("It
    added that the two discussed the security challenge posed by Iran"), reports the one claim of an official text
    that names the place (sole_holders) when the two share DISCUSSED_CONTENT content concepts besides it ("the
    importance of ... consultation on regional security issues, including Iran"): the place says which sentence, the
    shared word that the outlet tells what that sentence says of it."""
    out: dict[tuple[str, str], float] = {}
    for mine, places in _by_event(doc_pairs):
        outlets = [c for a, _ in mine if not a.is_official for c in claims_of.get(a.id, ())]
        said = {c.id: terms[c.id].concepts & places if c.id not in linked and discusses(fold(c.text))
                else frozenset() for c in outlets}
        official = [(a, b) for a, b in mine if not a.is_official and b.is_official]
        found = sole_holders(compared_claims(official, claims_of, said), said, places, terms)
        out.update({(a, b): s for (a, b), s in found.items() if len(
            (terms[a].concepts & terms[b].concepts) - places - w.who - w.names - w.common - SETTING - TOPIC_FILLER
            - DISCUSSING) >= DISCUSSED_CONTENT})
    return out


def sole_holders(candidates: Mapping[str, Sequence[Claim]], named: Mapping[str, frozenset[str]],
                 places: frozenset[str], terms: Mapping[str, Terms],
                 visited: Mapping[str, Trips] | None = None) -> dict[tuple[str, str], float]:
    """An outlet claim that only names the places discussed ("The two also discussed the Ukraine crisis and the
    situation on the Korean Peninsula") reports the claim of an official text that is the only one there to name one
    of them ("... his enduring commitment to the complete denuclearization of the Korean Peninsula"): that text tells
    the topic there and nowhere else. Only for a claim linked to nothing else: one that already reports a claim on
    the place, or a lede that says the leaders spoke and lists the topics the story then tells, reports no more."""
    holders: dict[tuple[str, str], list[str]] = {}
    for c in {b.id: b for others in candidates.values() for b in others}.values():
        for place in terms[c.id].concepts & places:
            holders.setdefault((c.doc, place), []).append(c.id)
    visited = visited or {}
    return {(a, b.id): TOPIC_SCORE for a, others in candidates.items() if named.get(a) for b in others
            if any(holders.get((b.doc, place)) == [b.id] for place in named[a] - travelled(a, b.id, visited))}
