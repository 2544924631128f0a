"""Claims linked by what they mention rather than by their words: the call's duration and tone, the last meeting."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from readout_viewer.core.language.figures import call_duration
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import holds, tokens
from readout_viewer.core.language.tone import judged
from readout_viewer.core.linking.claim_parts import reported
from readout_viewer.core.linking.omissions import is_transcript
from readout_viewer.core.linking.similarity import SETTING, mention
from readout_viewer.core.linking.terms import Terms, is_month
from readout_viewer.core.linking.terms import terms as text_terms
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
DISCUSSING = frozenset(concept(w) for w in ("discussed", "touched", "focused"))
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
                out[(ca.id, _what_of_it(ca, cb, right, terms, w))] = PREVIOUS_MEETING_SCORE
    out.update(first_contacts(left, right, terms))
    return out


def _what_of_it(ca: Claim, recall: Claim, right: Sequence[Claim], terms: Mapping[str, Terms], w: Weights) -> str:
    """The claim of `right` that a claim recalling the leaders' meeting reports: the one other claim there that names
    the meeting and shares a word of what the claim says of it before naming it ("affirmed ... the progress achieved
    so far in bilateral ties since their meeting in San Francisco in November" / "They reviewed and encouraged progress
    on key issues discussed at the Woodside Summit"), else the line that only recalls the meeting. What follows the
    meeting's name is not said of it ("the first conversation since their summit in November and the latest in
    ongoing efforts to defuse tensions")."""
    at = next((t.start for t in tokens(ca.text) if concept(t.norm) == MEETING), len(ca.text))
    said = text_terms(ca.text[:at]).concepts - w.names - w.common - SETTING
    told = [c for c in right if c is not recall and MEETING in terms[c.id].concepts and said & terms[c.id].concepts]
    return told[0].id if len(told) == 1 else recall.id


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


# Two documents compared within one event, never two of one government (a leader's remarks and his readout judge
# the call in the same words and name the same topics): the first reports or sorts first.
DocPair = tuple[Document, Document]


def compared_claims(doc_pairs: Sequence[DocPair], claims_of: Mapping[str, Sequence[Claim]],
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
    out = judgements(compared_claims(doc_pairs, claims_of, senses), senses)
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
