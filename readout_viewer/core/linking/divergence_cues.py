"""The divergence cues of one claim: negations, distancing words, levels of strength, figures, framing words, places."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from readout_viewer.core.language import negation
from readout_viewer.core.language.clauses import PAST, joins_predicate, past_verb
from readout_viewer.core.language.documents import document_words
from readout_viewer.core.language.figures import Figure, figures, measures_call, ordinal_days
from readout_viewer.core.language.framing import beside_figures, framed, loaded, setting
from readout_viewer.core.language.lexicon import (
    ACCEPTED_PROPOSAL,
    AGREEING,
    HEDGE_PHRASE,
    HEDGES,
    INTENSITY,
    NEUTRAL,
    PROPOSING,
    SAYING,
    STOPWORDS,
)
from readout_viewer.core.language.negation import SCOPE_BREAKS
from readout_viewer.core.language.ordinals import Ordinal, ordinals
from readout_viewer.core.language.places import sites
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import Token, fold, stem, tokens
from readout_viewer.core.linking.stance_steps import stances

# A word or two in quotation marks: kept to tell a word both texts quote from a hedge. A quoted word alone is
# not a hedge: readouts quote terms of art ("curtailed" missions) and outlets quote their source.
_SCARE = re.compile(r"[\"\u201c\u2018']([^\"\u201c\u201d\u2018\u2019']{2,30})[\"\u201d\u2019']")
# A distancing word covers the content word just before it ("cyberattacks ostensibly made") and this many
# after it, up to a scope break: it sets two claims apart only when it covers what they share ("allegedly
# threatening movements" / "concerns about the movements"), not when it sits in a clause the other claim
# does not report ("In the context of reports on attacks ostensibly made from X, he said no requests came").
HEDGE_BEFORE = 1
HEDGE_AFTER = 4
# "So-called" distances a name, not a statement: the words right after it, of which the last is the thing named ("the
# so-called border closure" names a closure; "the so-called red line", a line). It sets two claims apart only when the
# other names that thing too ("cross the red line"), not when it calls it otherwise ("border restrictions").
SO_CALLED = "so-called"
# A verb of claiming distances only what follows it: the word before it says who claims ("the ministry claimed").
_CLAIMING = frozenset("claimed claims".split())
# Adverbs on the evaluative scale (lexicon.INTENSITY holds the adjectives): doing a thing thoroughly or completely
# (3) is not doing it prudently or with care (1) — "thoroughly resolve differences" / "manage differences prudently".
DEGREE_ADVERBS = {"thoroughly": 3, "completely": 3, "totally": 3, "entirely": 3,
                  "prudently": 1, "cautiously": 1, "carefully": 1}
# A request is as weak a stance as a wish (lexicon.INTENSITY's "hope", 1): what one text has a side ask of another,
# the other may have it strongly oppose ("asked China not to undermine peace" / "strongly opposes unilateral
# efforts to ... undermine peace"). A word both claims use sets nothing apart (relations._strongest).
REQUESTS = {"asked": 1, "asks": 1, "requested": 1}
LEVELS = {**INTENSITY, **DEGREE_ADVERBS, **REQUESTS}
# "Noted" and "acknowledged" are passing remarks, as "mentioned" is (lexicon.SAYING, level 1): what one text has a
# leader merely note or acknowledge, another has him "emphasize" ("also noted that Russia supports a peaceful
# settlement" / "we also emphasized that Russia supports a peaceful resolution").
# "Affirmed" (or "reaffirmed") puts a view on record: a step between a passing note and an emphasis, less than
# relations.INTENSITY_GAP from either. The gold has "noted" / "reaffirmed" agree ("noted the goal" / "reaffirmed the
# goal"), and "emphasized the leaders' support" / "noted the plan ... and affirmed the leaders' support" agree: the
# emphasis is the affirmation's, not the note's (rel7, the June 2023 Ramaphosa–Xi event).
AFFIRMING_LEVEL = 1.5
SAYING_LEVELS: dict[str, float] = {**SAYING, "noted": 1, "acknowledged": 1,
                                   **dict.fromkeys("affirmed affirms reaffirmed reaffirms".split(), AFFIRMING_LEVEL)}
# "Made clear" (or "made it clear") says a thing as firmly as "stressed" does (2): what one text has a leader merely
# mention, another has her make clear ("mentioned possible sanctions" / "made clear that ... would respond").
# It opens on "made" and looks back for the word's start: a literal prefix lets a search skip to each "made".
MADE_CLEAR = re.compile(r"made(?<=\bmade)\s+(?:it\s+)?clear\b")
MADE_CLEAR_LEVEL = 2
# A verb of saying whose subject is a text ("the statement also mentioned", "the readout noted") tells what the text
# holds, not how a leader spoke: it is no step on the scale of saying. Not "it": "China said it noted ..." is a side.
TEXT_SUBJECTS = document_words() | {"report"}
# Words between such a subject and its verb ("the statement also mentioned").
_SUBJECT_ADVERBS = frozenset("also further then again".split())
# Two claims that join the same words differently ("energy and infrastructure" / "energy infrastructure")
# cover different ground: the coordination of two content words against their compound. The compound's first word
# must be the very word the other claim joins (`Cues.pairs` and `Cues.joined` keep it as written, the second word as
# its concept): an adjective made from it describes the same path ("return to diplomacy and negotiations" / "return to
# the path of diplomatic negotiations and dialogue"), while "energy infrastructure" narrows "energy and infrastructure".
_COORDINATION = re.compile(r"\b([a-z][a-z\-]{2,})\s+(?:and|or)\s+([a-z][a-z\-]{2,})\b")

# A proposal whose subject is both sides ("Biden and his Brazilian counterpart Lula urged the authorities to release
# ...", "the two leaders urged") is a stance they share, as an agreement is ("the two leaders agreed on the need for
# ... release"): no one side put it to the other. The subject is the words before the verb, back to a clause's start;
# the verb is one in the past tense, as a report gives it: "the supplemental request" is a noun with no subject.
_JOINT = frozenset("and both two leaders sides".split())
# A passive names its doer after "by" ("support was offered by both leaders"): the auxiliary before the verb marks it.
_PASSIVE = (["was"], ["were"], ["been"], ["be"])
_AGENT, _AND = "by", "and"


class Cues(NamedTuple):
    """What in a claim could make it say something different from its counterpart."""

    negated: frozenset[str]  # concepts under a negation
    denial: str | None  # the words of the first denial proper, else of the first negation ("no intention of")
    refuses: bool  # whether it holds a denial proper ("not", "never", "rejected"; no word of cessation)
    asks_end: bool  # whether it holds a word of cessation or "end" ("end violence", "a ceasefire", "stop strikes")
    concepts: frozenset[str]  # all content concepts
    hedge: str | None  # the distancing words, if any
    hedged: frozenset[str]  # the concepts the distancing covers
    intensity: frozenset[tuple[int, str]]  # evaluative words and their levels
    saying: frozenset[tuple[float, str]]  # verbs of saying and their levels
    figures: tuple[Figure, ...]
    status: str | None  # "proposed", "agreed" or "accepted" (an agreement to a proposal: both)
    names: frozenset[str]  # concepts written with a capital inside the claim (Ukraine, NATO)
    quoted: frozenset[str]  # single words in quotation marks
    loaded: frozenset[tuple[str, frozenset[str]]]  # loaded words ("war", "aggressive") and the concepts beside them
    neutral: frozenset[str]  # neutral words for it ("conflict", "crisis")
    pairs: frozenset[tuple[str, str]]  # adjacent content words, the first as written ("energy infrastructure")
    joined: frozenset[tuple[str, str, str]]  # words joined by "and"/"or", the first as written, and all their words
    call_figures: frozenset[str]  # the words of figures that measure the call itself
    places: frozenset[tuple[str, bool, str]]  # where it puts things: (country code, a seat?, words) ("in Moscow")
    framed: frozenset[tuple[str, str]]  # a loaded or neutral word and a name it stands beside ("war", "ukrain")
    beside: frozenset[tuple[str, str]]  # a figure's words and the concepts near it ("30-day", "cessat")
    hedge_shown: str | None = None  # the distancing words as the claim writes them ("what the White House described")
    days: tuple[tuple[int, str], ...] = ()  # days named by an ordinal alone ("on the 12th"), with their words
    stems: frozenset[str] = frozenset()  # the stems of all its words: a word in another form ("occupies")
    ordinals: tuple[Ordinal, ...] = ()  # ordinals and what they rank ("50th anniversary")
    stances: frozenset[tuple[str, str, frozenset[str]]] = frozenset()  # noting and supporting verbs (stance_steps)

def _hedge(folded: str, toks: list[Token]) -> tuple[str | None, int, int]:
    """The distancing words of a claim and the token range they take up ((None, 0, 0) when there are none)."""
    phrase = HEDGE_PHRASE.search(folded)
    if phrase:
        return phrase.group(), *_token_range(toks, phrase.start(), phrase.end())
    for i, tok in enumerate(toks):
        if tok.norm in HEDGES:
            return tok.norm, i, i + 1
    return None, 0, 0


def _token_range(toks: list[Token], start: int, end: int) -> tuple[int, int]:
    inside = [i for i, t in enumerate(toks) if t.start >= start and t.end <= end]
    return (inside[0], inside[-1] + 1) if inside else (0, 0)


def _covered(words: list[str], first: int, last: int, before: bool) -> frozenset[str]:
    """Concepts of the content words a distancing cue at words[first:last] covers (the word before it too when
    `before`)."""
    out: list[str] = []
    for step, lo, hi, limit in ((-1, first - 1, -1, HEDGE_BEFORE if before else 0), (1, last, len(words), HEDGE_AFTER)):
        taken = 0
        for i in range(lo, hi, step):
            if words[i] in SCOPE_BREAKS or taken == limit:
                break
            if words[i] not in STOPWORDS:
                out.append(concept(words[i]))
                taken += 1
    return frozenset(out)


def _named(words: list[str], last: int) -> frozenset[str]:
    """The concept of the thing a "so-called" at words[last - 1] names: the last of the content words right after it."""
    run = []
    for word in words[last:]:
        if word in STOPWORDS or word in SCOPE_BREAKS:
            break
        run.append(word)
    return frozenset(concept(w) for w in run[-1:])


# Distinct claims seen in one analysis stay far below this; cues are memoised because a claim linked to
# several others is compared once per link.
CUES_CACHE = 1 << 14


def _text_says(words: list[str], i: int) -> bool:
    """Whether the verb of saying at `i` has a text for its subject (TEXT_SUBJECTS), adverbs between them skipped, or
    none: a passive without its agent ("The need for a ceasefire was emphasized") is a readout's form for a point the
    sides made, and says no one's manner of speaking (two translations write "was emphasized" / "noted")."""
    j = i - 1
    while j >= 0 and words[j] in _SUBJECT_ADVERBS:
        j -= 1
    return j >= 0 and (words[j] in TEXT_SUBJECTS or [words[j]] in _PASSIVE and words[i + 1:i + 2] != [_AGENT])


def _joint(words: list[str], verb: int, starts: frozenset[int]) -> bool:
    """Whether the subject of the verb at words[verb] names both sides (_JOINT)."""
    return bool(_JOINT.intersection(_subject(words, verb, starts)))


def _subject(words: list[str], verb: int, starts: frozenset[int]) -> list[str]:
    """Who does the verb at words[verb]: the agent of a passive ("was offered by both leaders"), else the words before
    it back to a clause's start or a scope break. A verb joined to an earlier one ("Biden expressed condolences and
    offered support") has the earlier one's subject; an "and" that opens the clause (", and Biden offered") joins
    clauses, not the two sides."""
    if words[verb - 1:verb] in _PASSIVE and words[verb + 1:verb + 2] == [_AGENT]:
        return _agent(words[verb + 2:])
    first = max((i for i in starts if i < verb), default=0)
    before = words[first:verb]
    if before[-1:] == [_AND]:  # the earlier verb's subject: before it, or (a verb not in -ed) the clause's opening
        earlier = [i for i, w in enumerate(before[:-1]) if past_verb(w)]
        return _walk(before[:earlier[-1]][::-1]) if earlier else _walk(before[:-1])
    subject = _walk(before[::-1])
    return subject[:-1] if subject[-1:] == [_AND] else subject


def _agent(words: list[str]) -> list[str]:
    """The doer a passive names after "by": its words up to a scope break or an "and" that joins the sentence's next
    verb ("proposed by China and affirmed South Africa's and the African leaders' support": China alone proposed it;
    the leaders are the object of what Ramaphosa affirmed). "By Osk and Lund" joins two doers."""
    run = _walk(words)
    return run[:next((i for i in range(len(run)) if joins_predicate(run, i)), len(run))]


def _walk(words: list[str]) -> list[str]:
    """The words from the first up to a scope break."""
    run = []
    for word in words:
        if word in SCOPE_BREAKS:
            break
        run.append(word)
    return run


@lru_cache(maxsize=CUES_CACHE)
def cues(text: str) -> Cues:
    """The divergence cues of one claim."""
    folded = fold(text)
    toks = tokens(text)
    words = [t.norm for t in toks]
    starts = negation.clause_starts(folded, toks)
    negated, concepts = negation.negated(words, starts)
    said = negation.without_anonymity(text)  # a source's anonymity denies nothing the claim reports
    said_toks, said_words = toks, words
    if said != text:  # blanked in place: each token where it was in `text`
        said_toks = tokens(said)
        said_words = [t.norm for t in said_toks]
        negated = negation.negated(said_words, negation.clause_starts(fold(said), said_toks))[0]
    first, refused = negation.first_denial(said_words)
    denial = _shown_words(text, said_toks[first:first + 3]) if first is not None else None
    levels = frozenset((LEVELS[w], w) for w in words if w in LEVELS)
    says = frozenset((SAYING_LEVELS[w], w) for i, w in enumerate(words)
                     if w in SAYING_LEVELS and not _text_says(words, i)) | \
        ({(MADE_CLEAR_LEVEL, "made clear")} if MADE_CLEAR.search(folded) else set())
    stems = {stem(w) for w in words}
    # an agreement to a proposal, or that one side will propose ("agreed that Russia will propose a memorandum"),
    # reports both: it does not turn the proposal into an agreement
    both = ACCEPTED_PROPOSAL.search(folded) or (stems & AGREEING and stems & PROPOSING)
    proposed = next((i for i, w in enumerate(words) if stem(w) in PROPOSING), None)
    joint = proposed is not None and words[proposed].endswith(PAST) and _joint(words, proposed, starts)
    status = "accepted" if both else "agreed" if stems & AGREEING or joint else "proposed" if proposed is not None \
        else None
    names = frozenset(concept(t.norm) for t in toks[1:] if text[t.start:t.start + 1].isupper())
    hedge, first, last = _hedge(folded, toks)
    hedged = _named(words, last) if hedge == SO_CALLED else \
        _covered(words, first, last, before=hedge not in _CLAIMING) if hedge else frozenset()
    pairs = frozenset((x.norm, concept(y.norm)) for x, y in zip(toks, toks[1:])
                      if x.norm not in STOPWORDS and y.norm not in STOPWORDS and not text[x.end:y.start].strip())
    joined = frozenset((m.group(1), concept(m.group(2)), m.group()) for m in _COORDINATION.finditer(folded)
                       if m.group(1) not in STOPWORDS and m.group(2) not in STOPWORDS)
    found = figures(text)
    # a duration of the call itself: an outlet that gives it where the readout does not adds a detail, not a
    # different substance ("a 90-minute call" / "had a conversation")
    call = frozenset(f.words for f in found if measures_call(f, folded))
    world_war = "world war" in folded or "second world" in folded
    beside = framed(toks, text)
    asks_end = any(negation.ceases(w) or w == negation.END_NOUN for w in words)
    return Cues(negated, denial, refused, asks_end, concepts, hedge, hedged, levels, says, found, status,
                names,
                frozenset(fold(m.group(1)) for m in _SCARE.finditer(text)),
                loaded(words, world_war, frozenset(w for w, _ in beside), setting(toks, folded)),
                frozenset(w for w in words if w in NEUTRAL), pairs, joined, call, sites(text), beside,
                beside_figures(found, words), _shown_words(text, toks[first:last]) if hedge else None,
                ordinal_days(text), frozenset(stems), ordinals(text), stances(text))


# Double quotation marks inside words a detail shows: the detail puts its own around them.
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")


def _shown_words(text: str, toks: list[Token]) -> str:
    """The claim's own words from the first token to the last, as it writes them (capitals and all, without double
    quotation marks), for a detail."""
    return _QUOTE_MARKS.sub("", text[toks[0].start:toks[-1].end]) if toks else ""
