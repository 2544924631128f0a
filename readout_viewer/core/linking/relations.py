"""Relations: decide whether two linked claims agree or diverge, why, and say it in one sentence."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from readout_viewer.core.language.lexicon import (
    AGREEING,
    HEDGE_PHRASE,
    HEDGES,
    INTENSITY,
    NEGATIONS,
    OBJECT_NEGATIONS,
    PROPOSING,
    STOPWORDS,
    concept,
)
from readout_viewer.core.language.text import Token, fold, stem, tokens
from readout_viewer.core.model import AGREE, DIVERGE, Claim, Link

# A word or two in quotation marks inside a sentence is a scare quote: the writer keeps a distance.
_SCARE = re.compile(r"[\"\u201c\u2018']([^\"\u201c\u201d\u2018\u2019']{2,30})[\"\u201d\u2019']")
# Only a single quoted word is a scare quote; a quoted phrase ("spirit of Geneva") is a set expression.
SCARE_MAX_WORDS = 1
# A negation covers this many content words after it ("no intention of deploying" covers intention, deploy).
NEGATION_SCOPE = 3
# Words that close a negation's scope: prepositions that start a new phrase, and clause openers.
SCOPE_BREAKS = frozenset("in on at with for from by between during after before across within while "
                         "which who whom that because since although but".split())
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
_NUMBER = re.compile(r"\b\d[\d,.]*\b")


class Cues(NamedTuple):
    """What in a claim could make it say something different from its counterpart."""

    negated: frozenset[str]  # concepts under a negation
    denial: str | None  # the words of the first negation ("no intention of"), for the detail
    concepts: frozenset[str]  # all content concepts
    hedge: str | None  # the distancing words, if any
    hedged: frozenset[str]  # the concepts the distancing covers
    intensity: tuple[int, str] | None  # strongest evaluative word and its level
    numbers: frozenset[str]
    status: str | None  # "proposed" or "agreed"
    names: frozenset[str]  # concepts written with a capital inside the claim (Ukraine, NATO)
    quoted: frozenset[str]  # single words in quotation marks, scare quotes or not


def _hedge(text: str, folded: str, toks: list[Token], scare_quotes: bool) -> tuple[str | None, int, int]:
    """The distancing words of a claim and the token range they take up ((None, 0, 0) when there are none)."""
    phrase = HEDGE_PHRASE.search(folded)
    if phrase:
        return phrase.group(), *_token_range(toks, phrase.start(), phrase.end())
    for i, tok in enumerate(toks):
        if tok.norm in HEDGES:
            return tok.norm, i, i + 1
    if scare_quotes:
        for m in _SCARE.finditer(text):
            if len(m.group(1).split()) <= SCARE_MAX_WORDS and m.start() > 0 and m.end() < len(text.rstrip(" .")):
                first, last = _token_range(toks, m.start(), m.end())
                return f"\u201c{m.group(1)}\u201d", first, max(first, last - 1)  # the quoted word is covered
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


@lru_cache(maxsize=CUES_CACHE)
def cues(text: str, scare_quotes: bool = True) -> Cues:
    """The divergence cues of one claim; scare quotes count only where the writer is not quoting a source."""
    folded = fold(text)
    toks = tokens(text)
    words = [t.norm for t in toks]
    negated, concepts = _negated(words)
    denial = next((" ".join(words[i:i + 3]) for i, w in enumerate(words) if w in NEGATIONS or w.endswith("n't")),
                  None)
    levels = [(INTENSITY[w], w) for w in words if w in INTENSITY]
    numbers = frozenset(n.strip(".,") for n in _NUMBER.findall(folded))
    stems = {stem(w) for w in words}
    status = "agreed" if stems & AGREEING else "proposed" if stems & PROPOSING else None
    names = frozenset(concept(t.norm) for t in toks[1:] if text[t.start:t.start + 1].isupper())
    hedge, first, last = _hedge(text, folded, toks, scare_quotes)
    hedged = _covered(words, first, last, before=hedge not in _CLAIMING) if hedge else frozenset()
    return Cues(negated, denial, concepts, hedge, hedged, max(levels) if levels else None,
                numbers, status, names, frozenset(fold(m.group(1)) for m in _SCARE.finditer(text)))


def _negated(words: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Concepts under a negation, and all content concepts; a negated negative ("not forget") cancels."""
    negated, concepts, left, cancel, last = set(), set(), 0, False, None
    for i, word in enumerate(words):
        if word in OBJECT_NEGATIONS or (word == "no" and words[i + 1:i + 2] == ["one"]):
            if last is not None:
                negated.add(last)  # "threaten no one" denies the threat
            last = None
            continue
        is_neg = word in NEGATIONS or word.endswith("n't") or \
            (word == "against" and i + 1 < len(words) and words[i + 1].endswith("ing"))
        if is_neg:
            cancel, left = left > 0 and left == NEGATION_SCOPE, NEGATION_SCOPE
            continue
        if word in SCOPE_BREAKS:
            left, last = 0, None  # "a red line that must not be crossed | in our relations": the rest is not denied
        if word in STOPWORDS:
            continue
        c = last = concept(word)
        concepts.add(c)
        if left > 0:
            if not cancel:
                negated.add(c)
            left -= 1
    return frozenset(negated), frozenset(concepts)


def _negation(a: Cues, b: Cues) -> str | None:
    """The concept one claim negates and the other, free of any negation, asserts."""
    if a.negated and b.negated:
        return None  # both deny something: paraphrases of one refusal ("not deploy" / "exclude deployment")
    for x, y in ((a, b), (b, a)):
        flipped = sorted((x.negated - x.names - y.names) & y.concepts)  # "not without Ukraine": not about Ukraine
        if flipped:
            return flipped[0]
    return None


def _own_hedge(x: Cues, y: Cues) -> bool:
    """False when x's hedge is a scare-quoted word that y quotes too (both write "curtailed")."""
    return not (x.hedge and x.hedge.startswith("\u201c") and fold(x.hedge.strip("\u201c\u201d")) in y.quoted)


def _reason(a: Cues, b: Cues) -> tuple[str, str] | None:
    """The first cue that differs, as (reason, detail), or None when the claims agree."""
    if _negation(a, b):
        denied = a if a.negated else b
        return "negation", f"one says \u201c{denied.denial or 'not'}\u2026\u201d, the other does not deny it"
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        return "number", f"one says {', '.join(sorted(a.numbers))}, the other {', '.join(sorted(b.numbers))}"
    if bool(a.hedge) != bool(b.hedge) and _own_hedge(a, b) and _own_hedge(b, a) and \
            (a.hedged & b.concepts or b.hedged & a.concepts):
        hedged = a.hedge or b.hedge or ""
        return "hedge", f"one keeps its distance (\u201c{hedged.strip(chr(0x201c) + chr(0x201d))}\u201d), " \
                         "the other states it plainly"
    if a.intensity and b.intensity and abs(a.intensity[0] - b.intensity[0]) >= INTENSITY_GAP:
        return "intensity", f"one says \u201c{a.intensity[1]}\u201d, the other \u201c{b.intensity[1]}\u201d"
    if a.status and b.status and a.status != b.status:
        return "actor", f"one says it was {a.status}, the other that it was {b.status}"
    return None


def relate(a: Claim, b: Claim, score: float, official: bool) -> Link:
    """The link between two claims that report the same thing, with its relation and reason."""
    found = _reason(cues(a.text, scare_quotes=official), cues(b.text, scare_quotes=True))
    if found is None:
        return Link(a.id, b.id, AGREE, score)
    reason, detail = found
    return Link(a.id, b.id, DIVERGE, score, reason=reason, detail=detail)
