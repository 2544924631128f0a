"""Claims linked by what they mention rather than by their words: the call's duration, tone and topics, the
leaders' last meeting."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from readout_viewer.core.language.clauses import enumerates
from readout_viewer.core.language.countries import place_words
from readout_viewer.core.language.figures import call_duration
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import fold, holds
from readout_viewer.core.language.tone import judged
from readout_viewer.core.linking.claim_parts import reported
from readout_viewer.core.linking.omissions import is_transcript
from readout_viewer.core.linking.similarity import SETTING, mention
from readout_viewer.core.linking.terms import Terms, is_date, is_month, terms
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim, Document
from readout_viewer.core.system.lazyre import LazyPattern

# A link between two claims that both give the call's duration: as sure as a clear paraphrase.
DURATION_SCORE = 0.5
# A link between two claims that both recall the leaders' last meeting by its month or place: above the outlets'
# threshold (0.35), under a clear paraphrase, as their words say little else in common ("the first conversation
# since their meeting in November" / "The call follows the two leaders' meeting in Woodside, California in November
# 2023": the setting, the leaders and a month).
PREVIOUS_MEETING_SCORE = 0.4
# The concept every word for a meeting becomes ("meeting", "summit", "met").
MEETING = concept("meeting")
# The concept of "leader", "leaders", "president": a meeting recalled as the leaders' ("the two leaders' meeting in
# Woodside", "his San Francisco meeting with President Biden"), not a gathering they will attend ("the United Nations
# General Assembly meetings in September").
LEADER = concept("leader")
# A link between two claims that judge the call in words of one sense ("frank", "went very well"): above the
# outlets' threshold (0.35), under a clear paraphrase.
TONE_SCORE = 0.4
# An official account that judges the call in more claims than this judges more than the call (a transcript's
# answers, a long statement's paragraphs): which of them answers the other side's cannot be told.
OFFICIAL_TONE_CLAIMS = 2
# A link between two claims that only say which places the call discussed, sharing one ("We talked about a lot of
# things, including Iran" / "The heads of state also discussed the situation in Iran and the Middle East"): as the
# last meeting's.
TOPIC_SCORE = 0.4
# Words by which a claim says that a topic was discussed ("discussed", "talked about", "touched on", "focused on";
# "mentions", of a text: "It only mentions PM Modi's trip to Ukraine and Poland": read12 one gold link and one optional
# more, every other gold unchanged)
# and words that name no content of it ("the situation in", "the issue of", "the war in", "in general", "of course"),
# nor how long the call took ("held an hour-long conversation focused on the war in Ukraine": fifteen, recall +1), nor
# that it was one of them ("Bangladesh was among the topics discussed ...": read21 one link more, in the golds' scope
# and true; no other figure moved).
DISCUSSED = re.compile(r"\b(?:discuss(?:ed|es|ing|ion|ions)?|talk(?:ed|s)?\s+about|touch(?:ed|es)?\s+(?:up)?on|"
                       r"focus(?:ed|es)?\s+on|mention(?:s|ed)?)\b")
# A word every match of DISCUSSED holds (it is searched in folded text, case-sensitively): a claim with none is not
# searched (corpus/: 849 searches, each trying the pattern at every character).
_DISCUSSED_WORDS = ("discuss", "talk", "touch", "focus", "mention")
TOPIC_FILLER = frozenset(concept(w) for w in """
situation situations issue issues question general broader whole particular course lot things touched detail detailed
around war conflict crisis region regional developments also including know hour hours minute minutes long lengthy
among
""".split())
_DISCUSSING = frozenset(concept(w) for w in ("discussed", "touched", "focused"))
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
# A claim that says the leaders' contact is the first since a date or in a span ("held for the first time since
# December 2022" / "the first direct communication between the two leaders in almost two years", "This was the first
# phone conversation between the two leaders since Dec. 2022"): a date against a span, which no score can join.
FIRST_SINCE = re.compile(r"\bfirst\s+(?:[\w-]+\s+){0,3}?(?:call|conversation|talks|communication|exchange|contact|time)"
                         r"\b[^.;:]{0,60}?\b(?:since|in\s+(?:(?:nearly|almost|more\s+than|over|about)\s+)?"
                         r"(?:[\w-]+\s+)?(?:years?|months?))\b")
# The word every match of FIRST_SINCE opens on, as written (the pattern is case-sensitive): a claim without it is not
# searched (corpus/: 2,048 searches, each tried at every character, in every pair of texts).
_FIRST = "first"
# Where a meeting was: the capitalised words after "in" or "at" ("in Woodside, California", "at the Geneva villa").
# Compiled on first use: asked on 2 of the 19 readable events, not on corpus/ or the old folder.
_PLACE = LazyPattern(r"\b(?:in|at)\s+(?:the\s+)?((?:[A-Z][\w\-]+,?\s*){1,3})")


# A claim is asked whether it says what was discussed, or how long the call took, once for each text it is compared
# with: 589 of a first analysis of corpus/'s 840 asks of the first and 862 of 1,124 of the second were repeated. The
# answers are pure functions of the text, memoised as the linking's terms are (terms.TERMS_CACHE).
ASKED_CACHE = 1 << 14


@lru_cache(maxsize=ASKED_CACHE)
def discusses(folded: str) -> bool:
    """Whether a folded claim says what was discussed (DISCUSSED), searched only when it holds one of the words."""
    return holds(folded, _DISCUSSED_WORDS) and DISCUSSED.search(folded) is not None


def first_since(text: str) -> bool:
    """Whether a claim says the leaders' contact is their first since a date or in a span (FIRST_SINCE), searched only
    when it holds the word "first"."""
    return _FIRST in text and FIRST_SINCE.search(text) is not None


def durations(left: Sequence[Claim], right: Sequence[Claim]) -> dict[tuple[str, str], float]:
    """An outlet claim that says how long the call took reports the official claims that say it ("the video
    conference lasted more than three hours" / "they spoke for about three and a half hours"), whatever their
    words: the figures then say whether they agree. A claim whose duration sits only in a mention of the call that
    frames what was said on it ("Putin told Trump that Russia will pursue its goals during a nearly hour-long call")
    reports that, not the call's length (`claim_parts.reported`)."""
    timed = [c for c in right if _timed(c.text)]
    if not timed:
        return {}
    return {(ca.id, cb.id): DURATION_SCORE for ca in left if _timed(ca.text) for cb in timed}


@lru_cache(maxsize=ASKED_CACHE)
def _timed(text: str) -> bool:
    """Whether a claim gives the call's duration in what it reports, not only in a call mention framing it."""
    return call_duration(text) is not None and call_duration(reported(text)) is not None


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
    out.update(first_contacts(left, right, terms))
    return out


def first_contacts(left: Sequence[Claim], right: Sequence[Claim], terms: Mapping[str, Terms]
                   ) -> dict[tuple[str, str], float]:
    """Every claim of `left` that says the leaders' call is their first since a date or in a span (FIRST_SINCE)
    reports each claim of `right` that says so too, whatever date or span: both recall the last contact. A claim
    naming a meeting is left out (the first meeting in a year is another contact than the call: a kept-out meeting
    event gained a false link without this)."""
    def first(c: Claim) -> bool:
        return first_since(c.text) and MEETING not in terms[c.id].concepts
    firsts = [cb for cb in right if first(cb)]
    return {(ca.id, cb.id): PREVIOUS_MEETING_SCORE for ca in (left if firsts else ()) if first(ca) for cb in firsts}


def _recalled(claim: Claim, t: Terms, w: Weights) -> frozenset[str]:
    """The month and places by which a claim that only mentions a meeting names it (none for any other claim): the
    capitalised words after "in" or "at" that are not who the event is about (`Weights.who`: the leaders, their
    countries and capitals), not the country a leader is "of"."""
    if MEETING not in t.concepts or not mention(t, w) or LEADER not in t.concepts:
        return frozenset()
    places = {concept(word.lower()) for m in _PLACE.finditer(claim.text) for word in m.group(1).split()}
    return frozenset(c for c in t.concepts if is_month(c) or (c in places and c in w.names and c not in w.who))


def judgements(candidates: Mapping[str, Sequence[Claim]], senses: Mapping[str, frozenset[str]]
               ) -> dict[tuple[str, str], float]:
    """A claim that judges the call reports the claims it may report (`candidates`: claim id -> claims of the texts
    it is compared with) that judge it most alike, when they share a sense ("Putin described the exchange as 'frank
    and substantive'" / "it was very substantive and quite frank"; "the talks 'went very well'" / "I believe it went
    very well"; "'candid and in-depth'" is the readout's "candid and in-depth", not the other side's "candid and
    constructive"): the score gives a sentence of four words and one shared sense too little weight to link."""
    out: dict[tuple[str, str], float] = {}
    for a, others in candidates.items():
        mine = senses.get(a)
        if not mine:
            continue
        alike = [(len(mine & senses[b.id]) / len(mine | senses[b.id]), b.id) for b in others if senses.get(b.id)]
        best = max((j for j, _ in alike), default=0.0)
        out.update({(a, b): TONE_SCORE for j, b in alike if j and j == best})
    return out


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
    rest = t.concepts - t.names - names - SETTING - TOPIC_FILLER - _DISCUSSING
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
_VISIT = re.compile(r"\b(?:trips?|visits?|travel(?:s|led)?|journey)\s+to\s+"
                    r"((?:[A-Z][\w\-]+(?:,\s*|\s+and\s+|\s+)?){1,4})")
_CAPITALISED = re.compile(r"[A-Z][\w\-]+")
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


# Two documents compared within one event, never two of one government (a leader's remarks and his readout judge
# the call in the same words and name the same topics): the first reports or sorts first.
DocPair = tuple[Document, Document]


def _candidates(doc_pairs: Sequence[DocPair], claims_of: Mapping[str, Sequence[Claim]],
                marked: Mapping[str, frozenset[str]]) -> dict[str, list[Claim]]:
    """For each marked claim of a pair's first document, the claims of the documents it is compared with."""
    out: dict[str, list[Claim]] = {}
    for a, b in doc_pairs:
        for ca in claims_of.get(a.id, ()):
            if marked[ca.id]:
                out.setdefault(ca.id, []).extend(claims_of.get(b.id, ()))
    return out


def tone_links(doc_pairs: Sequence[DocPair], claims_of: Mapping[str, Sequence[Claim]], terms: Mapping[str, Terms],
               w: Weights) -> dict[tuple[str, str], float]:
    """The links between claims that judge the call alike (judgements), a claim that names a topic reading "it
    was" as that topic."""
    docs = {d.id for pair in doc_pairs for d in pair}
    senses = {c.id: judged(c.text, bool((terms[c.id].names & w.names) - w.who))
              for d in docs for c in claims_of.get(d, ())}
    out = judgements(_candidates(doc_pairs, claims_of, senses), senses)
    for key in official_tones(doc_pairs, claims_of, senses):
        out.setdefault(key, TONE_SCORE)
    return out


def official_tones(doc_pairs: Sequence[DocPair], claims_of: Mapping[str, Sequence[Claim]],
                   senses: Mapping[str, frozenset[str]]) -> list[tuple[str, str]]:
    """Two official accounts of the two sides (not transcripts) each judge the call once or twice, each in its own
    words ("The tone and spirit of the conversation were excellent" / "it was very substantive and quite frank,
    and overall ... very useful"): those judgements answer each other, whatever their senses."""
    out = []
    for a, b in doc_pairs:
        if not (a.is_official and b.is_official) or is_transcript(a) or is_transcript(b):
            continue
        mine = [c.id for c in claims_of.get(a.id, ()) if senses.get(c.id)]
        theirs = [c.id for c in claims_of.get(b.id, ()) if senses.get(c.id)]
        if len(mine) <= OFFICIAL_TONE_CLAIMS and len(theirs) <= OFFICIAL_TONE_CLAIMS:
            out += [(x, y) for x in mine for y in theirs]
    return out


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
        candidates = _candidates(mine, claims_of, named)
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
        found = sole_holders(_candidates(official, claims_of, said), said, places, terms)
        out.update({(a, b): s for (a, b), s in found.items() if len(
            (terms[a].concepts & terms[b].concepts) - places - w.who - w.names - w.common - SETTING - TOPIC_FILLER
            - _DISCUSSING) >= DISCUSSED_CONTENT})
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
