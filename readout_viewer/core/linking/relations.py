"""Relations: decide whether two linked claims agree or diverge, why, and say it in one sentence."""

from __future__ import annotations

import calendar
import re
from functools import lru_cache
from typing import NamedTuple

from readout_viewer.core.language import negation
from readout_viewer.core.language.countries import places
from readout_viewer.core.language.documents import document_words
from readout_viewer.core.language.figures import Figure, figures, measures_call, ordinal_days, same
from readout_viewer.core.language.framing import beside_figures, framed, loaded
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
    concept,
)
from readout_viewer.core.language.negation import SCOPE_BREAKS
from readout_viewer.core.language.text import Token, fold, stem, tokens
from readout_viewer.core.model import AGREE, DIVERGE, Claim, Link

# A word or two in quotation marks: kept to tell a word both texts quote from a hedge. A quoted word alone is
# not a hedge: readouts quote terms of art ("curtailed" missions) and outlets quote their source.
_SCARE = re.compile(r"[\"\u201c\u2018']([^\"\u201c\u201d\u2018\u2019']{2,30})[\"\u201d\u2019']")
# A distancing word covers the content word just before it ("cyberattacks ostensibly made") and this many
# after it, up to a scope break: it sets two claims apart only when it covers what they share ("allegedly
# threatening movements" / "concerns about the movements"), not when it sits in a clause the other claim
# does not report ("In the context of reports on attacks ostensibly made from X, he said no requests came").
HEDGE_BEFORE = 1
HEDGE_AFTER = 4
# A verb of claiming distances only what follows it: the word before it says who claims ("the ministry claimed").
_CLAIMING = frozenset("claimed claims".split())
# Two intensity levels this far apart make the claims diverge: "strong" (2) against "catastrophic" (3) is
# already a different message.
INTENSITY_GAP = 1
# Words of size on the evaluative scale: "a massive aid package" / "significant new assistance packages" both call it
# large. Between two of them only a large gap (a modest one against a massive one) sets claims apart.
SIZE = frozenset("modest limited significant massive large-scale colossal".split())
SIZE_GAP = 2
# Adverbs on the evaluative scale (lexicon.INTENSITY holds the adjectives): doing a thing thoroughly or completely
# (3) is not doing it prudently or with care (1) — "thoroughly resolve differences" / "manage differences prudently".
DEGREE_ADVERBS = {"thoroughly": 3, "completely": 3, "totally": 3, "entirely": 3,
                  "prudently": 1, "cautiously": 1, "carefully": 1}
# A request is as weak a stance as a wish (lexicon.INTENSITY's "hope", 1): what one text has a side ask of another,
# the other may have it strongly oppose ("asked China not to undermine peace" / "strongly opposes unilateral
# efforts to ... undermine peace"). A word both claims use sets nothing apart (_strongest).
REQUESTS = {"asked": 1, "asks": 1, "requested": 1}
LEVELS = {**INTENSITY, **DEGREE_ADVERBS, **REQUESTS}
# "Noted" and "acknowledged" are passing remarks, as "mentioned" is (lexicon.SAYING, level 1): what one text has a
# leader merely note or acknowledge, another has him "emphasize" ("also noted that Russia supports a peaceful
# settlement" / "we also emphasized that Russia supports a peaceful resolution").
SAYING_LEVELS = {**SAYING, "noted": 1, "acknowledged": 1}
# A verb of saying whose subject is a text ("the statement also mentioned", "the readout noted") tells what the text
# holds, not how a leader spoke: it is no step on the scale of saying. Not "it": "China said it noted ..." is a side.
TEXT_SUBJECTS = document_words() | {"report"}
# Words between such a subject and its verb ("the statement also mentioned").
_SUBJECT_ADVERBS = frozenset("also further then again".split())
# Dates within this many days of a claim's own document date anchor the claim in time ("On December 30, ..."):
# they are not figures it reports.
ANCHOR_DAYS = 1
# Two claims that join the same words differently ("energy and infrastructure" / "energy infrastructure")
# cover different ground: the coordination of two content words against their compound.
_COORDINATION = re.compile(r"\b([a-z][a-z\-]{2,})\s+(?:and|or)\s+([a-z][a-z\-]{2,})\b")


class Cues(NamedTuple):
    """What in a claim could make it say something different from its counterpart."""

    negated: frozenset[str]  # concepts under a negation
    denial: str | None  # the words of the first negation ("no intention of"), for the detail
    concepts: frozenset[str]  # all content concepts
    hedge: str | None  # the distancing words, if any
    hedged: frozenset[str]  # the concepts the distancing covers
    intensity: frozenset[tuple[int, str]]  # evaluative words and their levels
    saying: frozenset[tuple[int, str]]  # verbs of saying and their levels
    figures: tuple[Figure, ...]
    status: str | None  # "proposed", "agreed" or "accepted" (an agreement to a proposal: both)
    names: frozenset[str]  # concepts written with a capital inside the claim (Ukraine, NATO)
    quoted: frozenset[str]  # single words in quotation marks
    loaded: frozenset[tuple[str, frozenset[str]]]  # loaded words ("war", "aggressive") and the concepts beside them
    neutral: frozenset[str]  # neutral words for it ("conflict", "crisis")
    pairs: frozenset[tuple[str, str]]  # adjacent content concepts (compounds: "energy infrastructure")
    joined: frozenset[tuple[str, str, str]]  # concepts joined by "and"/"or" and their words ("energy and grid")
    call_figures: frozenset[str]  # the words of figures that measure the call itself
    places: frozenset[tuple[str, bool, str]]  # where it puts things: (country code, a seat?, words) ("in Moscow")
    framed: frozenset[tuple[str, str]]  # a loaded or neutral word and a name it stands beside ("war", "ukrain")
    beside: frozenset[tuple[str, str]]  # a figure's words and the concepts near it ("30-day", "cessat")
    hedge_shown: str | None = None  # the distancing words as the claim writes them ("what the White House described")
    days: tuple[tuple[int, str], ...] = ()  # days named by an ordinal alone ("on the 12th"), with their words

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


# Distinct claims seen in one analysis stay far below this; cues are memoised because a claim linked to
# several others is compared once per link.
CUES_CACHE = 1 << 14


def _text_says(words: list[str], i: int) -> bool:
    """Whether the verb of saying at `i` has a text for its subject (TEXT_SUBJECTS), adverbs between them skipped."""
    j = i - 1
    while j >= 0 and words[j] in _SUBJECT_ADVERBS:
        j -= 1
    return j >= 0 and words[j] in TEXT_SUBJECTS


@lru_cache(maxsize=CUES_CACHE)
def cues(text: str) -> Cues:
    """The divergence cues of one claim."""
    folded = fold(text)
    toks = tokens(text)
    words = [t.norm for t in toks]
    negated, concepts = negation.negated(words, negation.clause_starts(folded, toks))
    denial = next((_shown_words(text, toks[i:i + 3]) for i in range(len(words)) if negation.denies(words, i)), None)
    levels = frozenset((LEVELS[w], w) for w in words if w in LEVELS)
    says = frozenset((SAYING_LEVELS[w], w) for i, w in enumerate(words)
                     if w in SAYING_LEVELS and not _text_says(words, i))
    stems = {stem(w) for w in words}
    # an agreement to a proposal, or that one side will propose ("agreed that Russia will propose a memorandum"),
    # reports both: it does not turn the proposal into an agreement
    both = ACCEPTED_PROPOSAL.search(folded) or (stems & AGREEING and stems & PROPOSING)
    status = "accepted" if both else "agreed" if stems & AGREEING else "proposed" if stems & PROPOSING else None
    names = frozenset(concept(t.norm) for t in toks[1:] if text[t.start:t.start + 1].isupper())
    hedge, first, last = _hedge(folded, toks)
    hedged = _covered(words, first, last, before=hedge not in _CLAIMING) if hedge else frozenset()
    pairs = frozenset((concept(x.norm), concept(y.norm)) for x, y in zip(toks, toks[1:])
                      if x.norm not in STOPWORDS and y.norm not in STOPWORDS and not text[x.end:y.start].strip())
    joined = frozenset((concept(m.group(1)), concept(m.group(2)), m.group()) for m in _COORDINATION.finditer(folded)
                       if m.group(1) not in STOPWORDS and m.group(2) not in STOPWORDS)
    found = figures(text)
    # a duration of the call itself: an outlet that gives it where the readout does not adds a detail, not a
    # different substance ("a 90-minute call" / "had a conversation")
    call = frozenset(f.words for f in found if measures_call(f, folded))
    world_war = "world war" in folded or "second world" in folded
    beside = framed(toks, text)
    return Cues(negated, denial, concepts, hedge, hedged, levels, says, found, status, names,
                frozenset(fold(m.group(1)) for m in _SCARE.finditer(text)),
                loaded(words, world_war, frozenset(w for w, _ in beside)),
                frozenset(w for w in words if w in NEUTRAL), pairs, joined, call, places(text), beside,
                beside_figures(found, words), _shown_words(text, toks[first:last]) if hedge else None,
                ordinal_days(text))


# Double quotation marks inside words a detail shows: the detail puts its own around them.
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")


def _shown_words(text: str, toks: list[Token]) -> str:
    """The claim's own words from the first token to the last, as it writes them (capitals and all, without double
    quotation marks), for a detail."""
    return _QUOTE_MARKS.sub("", text[toks[0].start:toks[-1].end]) if toks else ""


def _negation(a: Cues, b: Cues) -> str | None:
    """The concept one claim negates and the other, free of any negation, asserts."""
    if a.negated and b.negated:
        return None  # both deny something: paraphrases of one refusal ("not deploy" / "exclude deployment")
    for x, y in ((a, b), (b, a)):
        flipped = sorted((x.negated - x.names - y.names) & y.concepts)  # "not without Ukraine": not about Ukraine
        if flipped:
            return flipped[0]
    return None


def _same_thing(x: Cues, word: str, y: Cues, other: str) -> bool:
    """Whether two framing words may name one thing: unless each stands beside names and they share none ("the war
    with Ukraine" and "the situation in Iran" are two)."""
    mine = {n for w, n in x.framed if w == word}
    theirs = {n for w, n in y.framed if w == other}
    return not mine or not theirs or bool(mine & theirs)


def _both_ways(x: Cues, word: str) -> bool:
    """Whether a claim names the thing its loaded word frames with a neutral word too ("the Russian invasion of
    Ukraine — which his government described as 'the Ukraine crisis'"): it reports both framings, and its "invasion"
    sets it no more apart from the other's "situation" than its "crisis" does."""
    mine = {n for w, n in x.framed if w == word}
    return any(n in mine for w, n in x.framed if w in x.neutral)


def _quotes_its_source(x: Cues, y: Cues) -> bool:
    """Whether a reporting claim's quoted words are its counterpart's own ("Trump claims the leaders both \u201cbelieve
    very strongly\u201d" / "We both believe very strongly in it"): its "claims" or "what was described as" then says
    whose words they are, and keeps no distance from the text that said them."""
    return any((found := _content(q)) and found <= y.concepts for q in x.quoted)


def _content(words: str) -> frozenset[str]:
    return frozenset(concept(t.norm) for t in tokens(words) if t.norm not in STOPWORDS)


def _own_hedge(x: Cues, y: Cues) -> bool:
    """False when x's hedge is a word that y quotes (both write "curtailed")."""
    return not (x.hedge and fold(x.hedge) in y.quoted)


def _reported(found: tuple[Figure, ...], anchors: tuple[float, ...]) -> list[Figure]:
    """The figures a claim reports: not the dates that only anchor it on its own document's day."""
    return [f for f in found if not (f.kind == "date" and any(abs(f.value - a) <= ANCHOR_DAYS for a in anchors))]


def _unmatched(mine: list[Figure], theirs: list[Figure]) -> list[str]:
    """The words of my figures that none of theirs matches, each once."""
    return list(dict.fromkeys(_shown(f.said) for f in mine if not any(same(f, t) for t in theirs)))


# A month's name, as figures write it (folded): shown with its capital in a detail ("January 12", not "january 12").
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")


def _shown(words: str) -> str:
    """A figure's words as a detail shows them: months capitalised."""
    return _MONTH.sub(lambda m: m.group().capitalize(), words)


def _dated(days: tuple[tuple[int, str], ...], anchors: tuple[float, ...]) -> tuple[Figure, ...]:
    """Days named by an ordinal alone as dates: in the month of the call's day (the earliest anchor) when they come
    on or after it, else in the next month ("on the 12th" in a briefing of December 30 is January 12)."""
    if not days or not anchors:
        return ()
    month, today = divmod(int(min(anchors)), 100)
    months = [month if day >= today else (month + 1) % 12 for day, _ in days]
    return tuple(Figure("date", m * 100 + day, f"{calendar.month_name[m + 1]} {day} ({words})", False)
                 for m, (day, words) in zip(months, days))


def _numbers(a: Cues, b: Cues, anchors: tuple[tuple[float, ...], tuple[float, ...]]) -> str | None:
    """The figures that set two claims apart: figures of one kind in both, each claim with one the other does not
    match (a date changed beside one both give: "January 9-10 ..., December 12" / "January 9-10 ... January 12"),
    or a duration or percentage one claim gives and the other does not, about something the other names (a
    duration of the call itself aside, and time counted since an earlier event, "the first talks in over three
    years"; not "250 years ago" in a part of the sentence the other does not report)."""
    fa = _reported(a.figures + _dated(a.days, anchors[0]), anchors[0])
    fb = _reported(b.figures + _dated(b.days, anchors[1]), anchors[1])
    for kind in ("duration", "count", "percent", "date"):
        xa, xb = [f for f in fa if f.kind == kind], [f for f in fb if f.kind == kind]
        ua, ub = _unmatched(xa, xb), _unmatched(xb, xa)
        if ua and ub:
            return f"one says {', '.join(ua)}, the other {', '.join(ub)}"
        if kind in ("duration", "percent") and bool(xa) != bool(xb):
            giver, other = (a, b) if xa else (b, a)
            added = [f for f in xa or xb if f.words not in (a.call_figures | b.call_figures) and not f.elapsed
                     and {c for w, c in giver.beside if w == f.words} & other.concepts]
            if added:
                return f"one gives {', '.join(_shown(f.said) for f in added)}, the other no such figure"
    return None


def _framing(a: Cues, b: Cues) -> str | None:
    """A loaded word in one claim that the other does not use: for the other's neutral word ("war" /
    "conflict"), or added to what both say ("Russia's aggressive actions" / "Russia's actions")."""
    for x, y in ((a, b), (b, a)):
        theirs = {w for w, _ in y.loaded}
        for word, beside in sorted(x.loaded):
            if word in theirs or _both_ways(x, word):
                continue
            neutral = sorted(n for n in y.neutral - x.neutral if _same_thing(x, word, y, n))
            if neutral and not any(_same_thing(x, word, y, other) for other in theirs):
                return f"one says \u201c{word}\u201d, the other \u201c{neutral[0]}\u201d"
            if beside & y.concepts:
                return f"one adds \u201c{word}\u201d to what both say"
    return None


def _scope(a: Cues, b: Cues) -> str | None:
    """Two things joined in one claim ("energy and infrastructure") where the other makes one of the two a
    modifier of the other ("energy infrastructure"), or a country's seat where the other names the country
    ("in Moscow" / "in Russia"): a narrower or wider scope."""
    for x, y in ((a, b), (b, a)):
        for first, second, words in sorted(x.joined):
            pair = (first, second)
            if pair in y.pairs and pair not in x.pairs and pair not in {j[:2] for j in y.joined}:
                return f"one says \u201c{words}\u201d, the other joins them into one thing"
        for code, seat, words in sorted(x.places):  # "in Moscow" for "in Russia": a narrower place
            wider = [w for c, s, w in y.places if c == code and not s]
            if seat and wider and not any(c == code and s for c, s, _ in y.places):
                return f"one says \u201c{words}\u201d, the other \u201c{wider[0]}\u201d"
    return None


def _strongest(mine: frozenset[tuple[int, str]], theirs: frozenset[tuple[int, str]]) -> tuple[int, str] | None:
    """The strongest of my words of one scale that the other claim does not use too: a word both use sets no
    strength apart ("He asked X to lead" / "I have asked X to lead ..., I feel strongly")."""
    shared = {w for _, w in theirs}
    return max(((level, w) for level, w in mine if w not in shared), default=None)


def _reason(a: Cues, b: Cues, anchors: tuple[tuple[float, ...], tuple[float, ...]] = ((), ()),
            reports: bool = False) -> tuple[str, str] | None:
    """The first cue that differs, as (reason, detail), or None when the claims agree (`reports`: `a` is an outlet's
    report of `b`, an official text)."""
    if _negation(a, b):
        denied = a if a.negated else b
        return "negation", f"one says \u201c{denied.denial or 'not'}\u2026\u201d, the other does not deny it"
    number = _numbers(a, b, anchors)
    if number:
        return "number", number
    if bool(a.hedge) != bool(b.hedge) and _own_hedge(a, b) and _own_hedge(b, a) and \
            (a.hedged & b.concepts or b.hedged & a.concepts) and not (reports and a.hedge and _quotes_its_source(a, b)):
        shown = a.hedge_shown or b.hedge_shown or a.hedge or b.hedge
        return "hedge", f"one keeps its distance (\u201c{shown}\u201d), the other states it plainly"
    for mine, theirs in ((a.intensity, b.intensity), (a.saying, b.saying)):
        x, y = _strongest(mine, theirs), _strongest(theirs, mine)
        if x and y and abs(x[0] - y[0]) >= (SIZE_GAP if {x[1], y[1]} <= SIZE else INTENSITY_GAP):
            return "intensity", f"one says \u201c{x[1]}\u201d, the other \u201c{y[1]}\u201d"
    if {a.status, b.status} == {"proposed", "agreed"}:
        return "actor", f"one says it was {a.status}, the other that it was {b.status}"
    framing = _framing(a, b)
    if framing:
        return "framing", framing
    scope = _scope(a, b)
    if scope:
        return "scope", scope
    return None


def anchor_dates(date: str | None) -> tuple[float, ...]:
    """A document's ISO date as the figures module writes dates (month*100+day), to tell anchors from figures."""
    if not date or len(date) < 10 or not date[5:7].isdigit() or not date[8:10].isdigit():
        return ()
    return ((int(date[5:7]) - 1) * 100 + int(date[8:10]),)


def relate(a: Claim, b: Claim, score: float, dates: tuple[str | None, str | None] = (None, None),
           reports: bool = False) -> Link:
    """The link between two claims that report the same thing, with its relation and reason (`dates`: the two
    documents' dates, so that a date anchoring a claim on its own day is not taken for a reported figure;
    `reports`: `a` is an outlet's claim reporting `b`, an official one)."""
    anchors = anchor_dates(dates[0]) + anchor_dates(dates[1])  # either document's day is the call's day
    found = _reason(cues(a.text), cues(b.text), (anchors, anchors), reports)
    if found is None:
        return Link(a.id, b.id, AGREE, score)
    reason, detail = found
    return Link(a.id, b.id, DIVERGE, score, reason=reason, detail=detail)
