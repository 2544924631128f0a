"""Negation: which words of a sentence a "not", a refusal or a cessation denies, up to the end of its scope."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from readout_viewer.core.language.lexicon import NEGATIONS, OBJECT_NEGATIONS, STOPWORDS
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import Token, stem

# "not only", "not just", "not merely": an addition ("not only X but also Y" asserts X), not a denial.
NOT_ONLY = frozenset("only just merely simply solely".split())
# "No alternative to dialogue", "no other substitute for talks": a denied alternative asserts the thing after it (the
# only way), as "not only" adds; the noun may come this many words after the negation ("no other alternative").
ALTERNATIVES = frozenset("alternative alternatives substitute".split())
ALTERNATIVE_REACH = 2
# "Could not think of a better partner", "can't imagine a stronger ally", "couldn't have asked for a finer host":
# a negation before a verb of imagining or asking and then a comparative praises (the best there is), as "not only"
# adds; it denies nothing (the Biden–Marcos event: "he cannot think of a better partner" read as a denial of the
# partnership). The verb within EMPHATIC_REACH words of the negation ("could not have asked"), the comparative
# within EMPHATIC_REACH words of the verb ("think of a better").
EMPHATIC_VERBS = frozenset("think imagine ask asked wish".split())
EMPHATIC_COMPARATIVES = frozenset("better greater finer stronger closer".split())
EMPHATIC_REACH = 3
# A negation covers this many content words after it ("no intention of deploying" covers intention, deploy).
NEGATION_SCOPE = 3
# Nouns of cessation name what ceases after a preposition ("a pause in strikes", "cessation of hostilities",
# "a ceasefire on energy facilities"): there the preposition does not close the negation's scope.
CESSATION_NOUNS = frozenset("pause halt cessation ceasefire cease-fire truce moratorium suspension freeze stop "
                            "end".split())
CESSATION_LINKS = frozenset("in of on to against".split())
# ... and those that are only nouns name it only so: "a ceasefire immediately" or "a truce agreement" denies nothing
# (verbs such as "halt" and "stop" name it straight after: "halt strikes").
CESSATION_ONLY_NOUNS = frozenset("ceasefire cease-fire cessation truce moratorium suspension".split())
# Of those nouns only these name what ceases after "to" ("a halt to attacks", "put a stop to", "an end to violence");
# after the others "to" opens a purpose ("a ceasefire to protect civilians", "a pause to let aid in", "a truce to save
# lives"), which the cessation does not deny: there "to" closes the scope (issue 16, a false negation on the read
# events).
TO_NOUNS = frozenset("halt stop end".split())
# "End" denies what follows only as "an end to" ("urged an end to violence" is "a cessation of violence"): "the end of
# the year" names a time, so "end" is no general negation word (adding it to NEGATIONS cost kept-out relations).
END_NOUN, END_LINK = "end", "to"
# Words that end or bar an action ("cease violence", "a ceasefire in the region", "prevent deterioration"). They
# count as negations when two claims are compared for one refusal ("halt strikes" / "a pause in strikes" both deny the
# strikes). A claim that holds only these asks for an end: against a claim that asks for an end too it denies nothing
# ("cease violence" / "end violence", a false divergence on the read events), against the act itself it still does
# ("urged an end to raids" / "ordered raids"): relations._negation, with divergence_cues.Cues.asks_end. A denial proper
# (not, no, never, without, a verb of refusal: `refuses`) sets a claim apart either way.
CESSATIONS = frozenset("stop stopped stopping halt halted halting prevent ban avoid pause paused cease cessation "
                       "ceasefire cease-fire truce suspend suspended suspension moratorium freeze".split())
# How an unnamed source spoke ("a senior official who asked not to be identified without permission to speak
# publicly", "who was not authorized to comment"): its "not" and "without" deny nothing the claim reports (the
# Biden-Milei call: "The two leaders spoke by phone ..., according to a senior ... official who asked not to be
# identified ..." read as denying that anyone spoke).
_ANONYMITY = re.compile(r"\b(?:asked|requested)\s+not\s+to\s+be\s+(?:identified|named|quoted)\b|"
                        r"\b(?:is|was|were|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|talk|comment)\b|"
                        r"\bwithout\s+(?:permission|authori[sz]ation)\s+to\s+(?:speak|talk|comment)\b",
                        re.IGNORECASE)


def without_anonymity(text: str) -> str:
    """A sentence with the words of a source's anonymity (_ANONYMITY) blanked, each character a space."""
    return _ANONYMITY.sub(lambda m: " " * len(m.group()), text) if "not" in text or "without" in text else text


# Words that close a negation's scope: prepositions that start a new phrase, and clause openers.
SCOPE_BREAKS = frozenset("in on at with for from by between during after before across within while "
                         "which who whom that because since although but".split())
# Marks that end a clause or phrase, and with it a negation's scope.
_CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014]")

def _names_what_ceases(noun: str, link: str) -> bool:
    """Whether a preposition after a noun of cessation names what ceases ("a pause in strikes", "a halt to attacks"),
    not a purpose ("a pause to allow aid")."""
    return link in CESSATION_LINKS and (link != END_LINK or noun in TO_NOUNS)


# "Rule" denies only as "rule out" ("ruled out talks"): "the rule of law", "rules-based order" deny nothing (a false
# negation of the law, issue 16's family of words read as a denial out of their sense).
RULE_STEM, RULE_OUT = stem("rule"), "out"
# The words of negation and of cessation in any of their forms ("rejects", "excluded", "pausing", "ceasing" for
# "reject", "exclude", "pause", "cease"): the tables list some forms, a new call writes others (issue 16's family of
# morphology, here a missed denial). Words shorter than this only as written: a stem of "not" or "ban" is no word's.
STEMMED_LENGTH = 4
_DENIAL_STEMS = frozenset(stem(w) for w in NEGATIONS if len(w) >= STEMMED_LENGTH) - {RULE_STEM}
_CESSATION_STEMS = frozenset(stem(w) for w in CESSATIONS if len(w) >= STEMMED_LENGTH)
# The two tests below are asked of every word of every claim, several times each: their answers are kept for a folder's
# words (far fewer than this), so that a word is stemmed and looked up once.
WORD_CACHE = 1 << 15


@lru_cache(maxsize=WORD_CACHE)
def _negation_word(word: str) -> bool:
    """Whether a word is a word of negation (lexicon.NEGATIONS) in one of its forms."""
    return word in NEGATIONS or (len(word) >= STEMMED_LENGTH and stem(word) in _DENIAL_STEMS)


@lru_cache(maxsize=WORD_CACHE)
def ceases(word: str) -> bool:
    """Whether a word is a word of cessation (CESSATIONS) in one of its forms."""
    return word in CESSATIONS or (len(word) >= STEMMED_LENGTH and stem(word) in _CESSATION_STEMS)


def denies(words: list[str], i: int) -> bool:
    """Whether words[i] is a negation ("not only", "not just" add rather than deny)."""
    word, nxt = words[i], words[i + 1] if i + 1 < len(words) else None
    if word.startswith(RULE_STEM) and stem(word) == RULE_STEM:
        return nxt == RULE_OUT
    if not (_negation_word(word) or word.endswith("n't") or (word == END_NOUN and nxt == END_LINK)):
        return False
    after = words[i + 1:i + 1 + ALTERNATIVE_REACH]  # sliced only for a negation: most words are none
    # "not only", "no alternative", "could not think of a better"
    return not (nxt is not None and nxt in NOT_ONLY) and not ALTERNATIVES.intersection(after) and not _praises(words, i)


def _praises(words: list[str], i: int) -> bool:
    """Whether the negation at words[i] opens a praise ("cannot think of a better partner": EMPHATIC_VERBS)."""
    for j in range(i + 1, min(i + 1 + EMPHATIC_REACH, len(words))):
        if words[j] in EMPHATIC_VERBS:
            return bool(EMPHATIC_COMPARATIVES.intersection(words[j + 1:j + 1 + EMPHATIC_REACH]))
    return False


def refuses(words: list[str], i: int) -> bool:
    """Whether words[i] is a denial proper: a negation that is no word of cessation ("not", "never", "rejected",
    "no one"), not an "end to"."""
    return _refusal(words[i], denies(words, i))


def _refusal(word: str, denied: bool) -> bool:
    """Whether a word that denies (or not: `denied`, as denies() gives it) is a denial proper (refuses)."""
    return word in OBJECT_NEGATIONS or (denied and not ceases(word) and word != END_NOUN)


def first_denial(words: list[str]) -> tuple[int | None, bool]:
    """The index of the first denial proper (refuses) and True, else of the first negation (denies) and False, else
    None and False: one pass, each word's negation asked once (two scans asked it twice of the words before the
    first refusal, and of every word of a claim with none)."""
    negation = None
    for i, word in enumerate(words):
        denied = denies(words, i)
        if _refusal(word, denied):
            return i, True
        if denied and negation is None:
            negation = i
    return negation, False


def clause_starts(folded: str, toks: list[Token]) -> frozenset[int]:
    """The indexes of the words a comma, semicolon, colon, dash or bracket stands before: a new clause or phrase
    ("a possible temporary ceasefire, should appropriate agreements be reached": the ceasefire does not deny the
    agreements).

    The marks are found in one scan between the first word and the last, each then placed between two words (a
    search of each gap between two words was 3,836 calls in a first analysis of corpus/)."""
    if len(toks) < 2:
        return frozenset()
    marks = [m.start() for m in _CLAUSE_MARK.finditer(folded, toks[0].end, toks[-1].start)]
    if not marks:
        return frozenset()
    starts = [t.start for t in toks]
    found = set()
    for at in marks:
        i = bisect_right(starts, at)  # the first word that starts after the mark (1 to len(toks) - 1: see marks)
        if toks[i - 1].end <= at:  # in the gap after the word before it, not inside that word
            found.add(i)
    return frozenset(found)


def negated(words: list[str], clause_starts: frozenset[int] = frozenset()) -> tuple[frozenset[str], frozenset[str]]:
    """Concepts under a negation, and all content concepts; a negated negative ("not forget") cancels; a negation
    covers nothing past the end of its clause."""
    denied, concepts, left, cancel, last = set(), set(), 0, False, None
    for i, word in enumerate(words):
        if i in clause_starts:
            left = 0
        if word in OBJECT_NEGATIONS or (word == "no" and words[i + 1:i + 2] == ["one"]):
            if last is not None:
                denied.add(last)  # "threaten no one" denies the threat
            last = None
            continue
        if word in NOT_ONLY and i and words[i - 1] in NEGATIONS:
            continue
        if denies(words, i) or (word == "against" and i + 1 < len(words) and words[i + 1].endswith("ing")):
            if word in CESSATION_ONLY_NOUNS and words[i + 1:i + 2] and not _names_what_ceases(word, words[i + 1]):
                denied.add(concept(word))  # "a ceasefire immediately": it denies the fighting, nothing after it
                continue
            cancel, left = left > 0 and left == NEGATION_SCOPE, NEGATION_SCOPE
            continue
        if word in CESSATION_LINKS and i and words[i - 1] in CESSATION_NOUNS:
            if _names_what_ceases(words[i - 1], word):
                continue  # "a pause in strikes", "a halt to attacks": the preposition names what ceases
            left = 0  # "a pause to allow aid": a purpose, not what ceases
        if word in SCOPE_BREAKS:
            left, last = 0, None  # "a red line that must not be crossed | in our relations": the rest is not denied
        if word in STOPWORDS:
            continue
        c = last = concept(word)
        concepts.add(c)
        if left > 0:
            if not cancel:
                denied.add(c)
            left -= 1
    return frozenset(denied), frozenset(concepts)
