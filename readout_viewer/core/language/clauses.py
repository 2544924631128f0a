"""Clause splitting: cut a sentence that carries several claims into its claims, with exact offsets."""

from __future__ import annotations

import re
from functools import lru_cache

from readout_viewer.core.language.lexicon import STOPWORDS

# Past-tense verbs that open a new predicate of the same subject ("voiced concerns ... and made clear that").
PREDICATE_VERBS = (
    "made clear|made|called|said|stressed|emphasi[sz]ed|noted|expressed|outlined|voiced|reiterated|reaffirmed|"
    "urged|warned|agreed|discussed|underscored|underlined|welcomed|proposed|suggested|told|added|pointed|promised|"
    "confirmed|insisted|offered|raised|rejected|recalled|highlighted|described|explained|asked|demanded|"
    "threatened|pledged|vowed|announced|accused|denied|dismissed|acknowledged|assured|cautioned|praised|"
    "condemned|criticized|criticised|informed|briefed|laid out|shared|gave|spoke|tasked|instructed|"
    "signaled|signalled|indicated|conveyed|detailed|elaborated|considered|stated|presented|invited|thanked|"
    "wished|congratulated"
)
# A second predicate of the same subject as it opens ("have also agreed", "then called"): where an ", and <verb>" cut
# opens the next clause, which so has no subject of its own.
_PREDICATE = rf"(?:(?:have|has|had)\s+)?(?:also\s+|then\s+)?(?:{PREDICATE_VERBS})"
_PREDICATE_OPENING = re.compile(_PREDICATE + r"\b")


def opens_on_predicate(text: str) -> bool:
    """Whether a clause opens on a predicate verb, its subject left in the clause before it."""
    return _PREDICATE_OPENING.match(text) is not None


# A set phrase between "and" and the verb of a second clause ("wished him success and, of course, congratulated him").
_ASIDE = r"(?:,\s+(?:of\s+course|in\s+addition|at\s+the\s+same\s+time),)?"
# ", as well as" before a new item, not before a preposition ("as well as to ...", "as well as in ...").
_AS_WELL_AS = r",\s+as\s+well\s+as\s+(?!(?:to|in|on|at|with|for|from|by|through|of)\b)"
# Cut points: (pattern, group whose start opens the next clause). The text before the match closes the clause.
_CUTS = (
    re.compile(r";\s+()"),
    re.compile(r",?\s+and\s+(that)\b"),
    re.compile(r"(?:,\s+|\s+(?!while\s+\w+ing\b))(?:while|whereas)\s+()"),
    re.compile(r",\s+but\s+()"),
    re.compile(r",\s+since\s+()"),
    re.compile(rf",?\s+and{_ASIDE}\s+({_PREDICATE})\b"),
    re.compile(rf",\s+((?:also\s+)?(?:{PREDICATE_VERBS}))\b"),
    re.compile(_AS_WELL_AS + "()"),
)
# "spoke with X to discuss Y": the call and its agenda are two claims (each side's readout may carry only one).
_PURPOSE = re.compile(r"\b(?:spoke|met|held|had|talked|phoned)\b[^.;:]*?(\s+)(to\s+(?:discuss|review|talk\s+about|"
                      r"exchange\s+views))\b")
# An enumeration of topics ("discussed X, a Y, as well as Z") is cut before each item that opens with an
# article; plain ", and" lists are left whole (they list places or bodies far more often than claims).
_LIST_MARK = re.compile(_AS_WELL_AS)
_LIST_ITEM = re.compile(r",\s+((?:a|an|the)\s)")
# Index of the ", <verb>" cut in _CUTS: it needs more words each side, and a verb before it.
_COMMA_VERB = 6
# Index of the ", as well as" cut in _CUTS: what follows it is an item of the same verb, not a clause.
_ITEM = 7
# Words every match of a cut holds, by its index in _CUTS, and of _PURPOSE: a clause that holds none is not searched for
# it (the cuts opening with ",?\s+" or "\s+" were tried at every space of every clause; corpus/: 462 clauses, the
# ";", "and that", "but", "since", "and" and "as well as" cuts replayed alone 5.9 -> 2.7 ms).
_CUT_WORDS = {0: (";",), 1: ("that",), 2: ("while", "whereas"), 3: ("but",), 4: ("since",), 5: ("and",), 7: ("well",)}
_PURPOSE_WORDS = ("discuss", "review", "talk", "exchange")
# Words that show the text before a ", <verb>" cut has a predicate of its own; without one that text is the
# subject of the verb ("Russian and US Presidents, Vladimir Putin and Joe Biden, stressed ..."), not a clause.
_FINITE = re.compile(r"\b(?:[a-z]{2,}ed|is|are|was|were|has|have|had|will|would|can|could|must|should|may|might|"
                     rf"do|does|did|{PREDICATE_VERBS})\b")
# A clause shorter than this many words is not cut off: it would state nothing alone.
MIN_CLAUSE_WORDS = 4
# An item cut off after ", as well as" needs this many words: "human rights more broadly" is the tail of the
# concerns just listed, not a claim of its own.
MIN_ITEM_WORDS = 5
# A cut after a comma before a bare verb needs this many words on each side (avoids "Biden, for his part,").
MIN_COMMA_VERB_WORDS = 6


def _words(text: str, s: int, e: int) -> int:
    return len(text[s:e].split())


def _holds(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether text[start:end] holds one of the words."""
    return any(text.find(word, start, end) >= 0 for word in words)


def _candidates(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(clause end, next clause start, words needed each side) of every possible cut, in order."""
    found = []
    for i, pattern in enumerate(_CUTS):
        need = MIN_COMMA_VERB_WORDS if i == _COMMA_VERB else MIN_ITEM_WORDS if i == _ITEM else MIN_CLAUSE_WORDS
        if i in _CUT_WORDS and not _holds(text, start, end, _CUT_WORDS[i]):
            continue
        for m in pattern.finditer(text, start, end):
            if i == _COMMA_VERB and not _FINITE.search(text, start, m.start()):
                continue
            found.append((m.start(), m.start(1) if m.group(1) else m.end(), need))
    for m in _PURPOSE.finditer(text, start, end) if _holds(text, start, end, _PURPOSE_WORDS) else ():
        found.append((m.start(1), m.start(2), MIN_CLAUSE_WORDS))
    last_mark = None
    for m in _LIST_MARK.finditer(text, start, end):
        last_mark = m
    if last_mark is not None:
        for m in _LIST_ITEM.finditer(text, start, last_mark.start()):
            found.append((m.start(), m.start(1), MIN_CLAUSE_WORDS))
    return sorted(set(found))


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence text[start:end]: (start, end) pairs in order, without overlaps."""
    out, at = [], start
    for stop, nxt, need in _candidates(text, start, end):
        if stop <= at or nxt <= at:
            continue
        if _words(text, at, stop) >= need and _words(text, nxt, end) >= need:
            out.append((at, stop))
            at = nxt
    out.append((at, end))
    return out


# A list of topics: this many items or more in a row, each of at most LIST_ITEM_WORDS words, parted by commas
# or "and" ("We discussed Ukraine, the Middle East, Energy, Artificial Intelligence, the power of the Dollar").
LIST_ITEMS = 3
LIST_ITEM_WORDS = 4
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


# How many claims' answers enumerates() keeps: a folder's outlet claims with a counterpart, each asked once for
# each official text.
ENUMERATED_CACHE = 8192


def list_items(text: str) -> list[str]:
    """The items of the longest list of short items in a claim ([] when it holds no list of LIST_ITEMS or more)."""
    best: list[str] = []
    run: list[str] = []
    for item in _ITEM_SPLIT.split(text):
        run = run + [item.strip()] if 0 < len(item.split()) <= LIST_ITEM_WORDS else []
        if len(run) > len(best):
            best = run
    return best if len(best) >= LIST_ITEMS else []


@lru_cache(maxsize=ENUMERATED_CACHE)
def enumerates(text: str) -> bool:
    """Whether a claim lists several topics in a row: it may report as many claims of the other side (memoised: an
    outlet's claim is asked once for each official text it reports)."""
    return bool(list_items(text))


# The ending of a reported verb in the past tense ("affirmed", "urged"), as a report gives it.
PAST = "ed"


def past_verb(word: str) -> bool:
    """Whether a (normalised) word is a content word in the past tense: a reported verb ("affirmed", "urged")."""
    return word.endswith(PAST) and word not in STOPWORDS


def joins_predicate(words: list[str], i: int) -> bool:
    """Whether words[i] is an "and" that joins the sentence's next verb ("proposed by China and affirmed ..."): the
    phrase before it ends there."""
    return words[i] == "and" and i + 1 < len(words) and past_verb(words[i + 1])
