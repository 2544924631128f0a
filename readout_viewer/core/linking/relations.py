"""Relations: decide whether two linked claims agree or diverge, why, and say it in one sentence."""

from __future__ import annotations

from readout_viewer.core.language.lexicon import STOPWORDS
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import fold, stem, tokens
from readout_viewer.core.linking.divergence_cues import Cues, cues
from readout_viewer.core.linking.relation_figures import anchor_dates, numbers
from readout_viewer.core.linking.similarity import SCENE
from readout_viewer.core.linking.stance_steps import stance_step
from readout_viewer.core.model import AGREE, DIVERGE, Claim, Link

# Two intensity levels this far apart make the claims diverge: "strong" (2) against "catastrophic" (3) is
# already a different message.
INTENSITY_GAP = 1
# Words of size on the evaluative scale: "a massive aid package" / "significant new assistance packages" both call it
# large. Between two of them only a large gap (a modest one against a massive one) sets claims apart.
SIZE = frozenset("modest limited significant massive large-scale colossal".split())
SIZE_GAP = 2


def _negation(a: Cues, b: Cues) -> str | None:
    """The concept one claim negates and the other, free of any negation, asserts."""
    if a.negated and b.negated:
        return None  # both deny something: paraphrases of one refusal ("not deploy" / "exclude deployment")
    for x, y in ((a, b), (b, a)):
        if not x.refuses and y.asks_end:
            continue  # both ask for an end ("cease violence" / "end violence"): one call, nothing denied
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



def _scare_quoted(x: Cues, word: str) -> bool:
    """Whether a claim puts a loaded word in quotation marks (\u201cthe "occupied Crimea"\u201d): it mentions the word,
    it does not use it."""
    return any(word in q.split() for q in x.quoted)


def _framing(a: Cues, b: Cues) -> str | None:
    """A loaded word in one claim that the other does not use: for the other's neutral word ("war" /
    "conflict"), or added to what both say ("Russia's aggressive actions" / "Russia's actions")."""
    for x, y in ((a, b), (b, a)):
        theirs = {w for w, _ in y.loaded}
        for word, beside in sorted(x.loaded):
            if word in theirs and _scare_quoted(y, word) and not _scare_quoted(x, word):
                return f"one writes \u201c{word}\u201d, the other puts it in quotation marks"
            if word in theirs or stem(word) in y.stems or _both_ways(x, word):  # "occupied" / "which it occupies"
                continue
            # a loaded noun for the other's neutral one; a loaded modifier frames its head word, which the other's
            # neutral noun does not name ("Kiev's aggressive actions" / "the recent developments")
            neutral = [] if beside else sorted(n for n in y.neutral - x.neutral if _same_thing(x, word, y, n))
            if neutral and not any(_same_thing(x, word, y, other) for other in theirs):
                return f"one says \u201c{word}\u201d, the other \u201c{neutral[0]}\u201d"
            if beside & y.concepts:
                return f"one adds \u201c{word}\u201d to what both say"
    return None


def _scope(a: Cues, b: Cues) -> str | None:
    """Two things joined in one claim ("energy and infrastructure") where the other makes one of the two a
    modifier of the other ("energy infrastructure"), or a country's seat where the other names the country
    ("in Moscow" / "in Russia"): a narrower or wider scope. The seat's own name in the other ("welcome him to Rome",
    read as the government by `places`) is the same place, no wider one ("met in Rome")."""
    for x, y in ((a, b), (b, a)):
        for first, second, words in sorted(x.joined):
            pair = (first, second)
            if pair in y.pairs and pair not in x.pairs and pair not in {j[:2] for j in y.joined}:
                return f"one says \u201c{words}\u201d, the other joins them into one thing"
        for code, seat, words in sorted(x.places):  # "in Moscow" for "in Russia": a narrower place
            wider = [w for c, s, w in y.places if c == code and not s and w.lower() != words.lower()]
            if seat and wider and not any(c == code and s for c, s, _ in y.places):
                return f"one says \u201c{words}\u201d, the other \u201c{wider[0]}\u201d"
    return None


def _strongest(mine: frozenset[tuple[float, str]],
              theirs: frozenset[tuple[float, str]]) -> tuple[float, str] | None:
    """The strongest of my words of one scale that the other claim does not use too, in any form: a word both use
    sets no strength apart ("He asked X to lead" / "I have asked X to lead ..., I feel strongly")."""
    shared = {stem(w) for _, w in theirs}  # in any of its forms: "expressed the hope" / "China hopes"
    return max(((level, w) for level, w in mine if stem(w) not in shared), default=None)


Anchors = tuple[tuple[float, ...], tuple[float, ...]]


def _negation_check(a: Cues, b: Cues, anchors: Anchors, reports: bool) -> str | None:
    """One claim denies what the other asserts."""
    if not _negation(a, b):
        return None
    denied = a if a.negated else b
    return f"one says \u201c{denied.denial or 'not'}\u2026\u201d, the other does not deny it"


def _number_check(a: Cues, b: Cues, anchors: Anchors, reports: bool) -> str | None:
    """A figure one gives that the other changes or lacks (relation_figures.numbers)."""
    return numbers(a, b, anchors)


def _hedges_the_meeting(x: Cues, y: Cues) -> bool:
    """Whether a claim's distancing covers only that the leaders met or spoke, and who (the scene words and names:
    "Scholz and Putin reportedly spoke on the phone"): an outlet's sourcing of the call, no distance from a thing
    said. "Oran reportedly told Marsh that ..." covers no scene word: it distances what he told."""
    rest = x.hedged - x.names - y.names
    return bool(rest & SCENE) and rest <= SCENE


def _hedge_check(a: Cues, b: Cues, anchors: Anchors, reports: bool) -> str | None:
    """One keeps its distance from what both say, the other states it plainly."""
    if bool(a.hedge) != bool(b.hedge) and _own_hedge(a, b) and _own_hedge(b, a) and \
            (a.hedged & b.concepts or b.hedged & a.concepts) and \
            not (reports and a.hedge and _quotes_its_source(a, b)) and \
            not _hedges_the_meeting(a, b) and not _hedges_the_meeting(b, a):
        shown = a.hedge_shown or b.hedge_shown or a.hedge or b.hedge
        return f"one keeps its distance (\u201c{shown}\u201d), the other states it plainly"
    return None


def _intensity_check(a: Cues, b: Cues, anchors: Anchors, reports: bool) -> str | None:
    """Words of one scale (strength, saying) far apart, or a stance stepped up: a thing one has a side merely note,
    the other has it support (stance_steps)."""
    for mine, theirs in ((a.intensity, b.intensity), (a.saying, b.saying)):
        x, y = _strongest(mine, theirs), _strongest(theirs, mine)
        if x and y and abs(x[0] - y[0]) >= (SIZE_GAP if {x[1], y[1]} <= SIZE else INTENSITY_GAP):
            return f"one says \u201c{x[1]}\u201d, the other \u201c{y[1]}\u201d"
    step = stance_step(a.stances, a.concepts, b.stances, b.concepts)
    return f"one says \u201c{step[0]}\u201d, the other \u201c{step[1]}\u201d" if step else None


def _actor_check(a: Cues, b: Cues, anchors: Anchors, reports: bool) -> str | None:
    """One says a thing was proposed, the other that it was agreed."""
    if {a.status, b.status} == {"proposed", "agreed"}:
        return f"one says it was {a.status}, the other that it was {b.status}"
    return None


def _framing_check(a: Cues, b: Cues, anchors: Anchors, reports: bool) -> str | None:
    """A loaded word one uses and the other does not (_framing)."""
    return _framing(a, b)


def _scope_check(a: Cues, b: Cues, anchors: Anchors, reports: bool) -> str | None:
    """A narrower or wider scope (_scope)."""
    return _scope(a, b)


# The checks in the order they are asked: the first that fires gives the link its reason (eval/relation_census.py
# counts each one's verdicts against the gold).
CHECKS = (("negation", _negation_check), ("number", _number_check), ("hedge", _hedge_check),
          ("intensity", _intensity_check), ("actor", _actor_check), ("framing", _framing_check),
          ("scope", _scope_check))


def _reason(a: Cues, b: Cues, anchors: Anchors = ((), ()), reports: bool = False) -> tuple[str, str] | None:
    """The first cue that differs, as (reason, detail), or None when the claims agree (`reports`: `a` is an outlet's
    report of `b`, an official text)."""
    for name, check in CHECKS:
        detail = check(a, b, anchors, reports)
        if detail:
            return name, detail
    return None


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
