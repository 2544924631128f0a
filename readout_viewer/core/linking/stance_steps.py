"""A stance changed: what one text has a side merely note, the other has it support ("noted the plan proposed by
China" / "supports the Chinese position paper")."""

from __future__ import annotations

from functools import lru_cache

from readout_viewer.core.language.clauses import joins_predicate
from readout_viewer.core.language.lexicon import STOPWORDS
from readout_viewer.core.language.negation import SCOPE_BREAKS
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import tokens

# Verbs that take a thing into account without taking a side on it: a passing remark on the scale of saying.
NOTING = frozenset("noted notes acknowledged acknowledges".split())
# Verbs that take a side for a thing. Only their verb forms: the noun ("support for initiatives") is often the
# object of another verb ("affirmed ... support"), and "welcomed" stays out (the gold has "noted progress" /
# "welcomed progress" agree: both receive a thing well, neither backs it).
SUPPORTING = frozenset("supports supported endorses endorsed backs backed".split())
# A verb's object: this many content words after it, up to a scope break, a passive's "by" ("a plan endorsed by
# several states" describes the plan: no side in the call takes a stance) or an "and" that joins the next verb.
OBJECT_REACH = 6
_BY = "by"


@lru_cache(maxsize=1 << 14)
def stances(text: str) -> frozenset[tuple[str, str, frozenset[str]]]:
    """Each noting or supporting verb of a claim as (kind, verb, the concepts of its object): kind "note" or
    "support"; a supporting verb followed by "by" is a participle describing its object, not a stance."""
    words = [t.norm for t in tokens(text)]
    out = []
    for i, word in enumerate(words):
        kind = "note" if word in NOTING else "support" if word in SUPPORTING else None
        if kind and not (kind == "support" and words[i + 1:i + 2] == [_BY]):
            out.append((kind, word, _object(words[i + 1:])))
    return frozenset(out)


def _object(words: list[str]) -> frozenset[str]:
    """The concepts of the content words of a verb's object (OBJECT_REACH)."""
    out: list[str] = []
    for i, word in enumerate(words):
        if word in SCOPE_BREAKS or word == _BY and out or len(out) == OBJECT_REACH or joins_predicate(words, i):
            break
        if word not in STOPWORDS:
            out.append(concept(word))
    return frozenset(out)


def stance_step(a: frozenset[tuple[str, str, frozenset[str]]], ca: frozenset[str],
                b: frozenset[tuple[str, str, frozenset[str]]], cb: frozenset[str]) -> tuple[str, str] | None:
    """(a's verb, b's verb) when one claim has a side note a thing and the other has it support what the noting claim
    speaks of (`ca`, `cb`: each claim's content concepts), while the noting claim supports nothing itself; else
    None. The two objects need not share a word ("noted the peace plan proposed by China" / "supports the Chinese
    position paper"): the two claims are linked already as telling one thing."""
    for x, y, seen_in in ((a, b, ca), (b, a, cb)):
        if any(kind == "support" for kind, _, _ in x):
            continue
        noted = min((verb for kind, verb, _ in x if kind == "note"), default=None)
        backed = min((verb for kind, verb, obj in y if kind == "support" and obj & seen_in), default=None)
        if noted and backed:
            return (noted, backed) if x is a else (backed, noted)
    return None
