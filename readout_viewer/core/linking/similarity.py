"""Claim similarity: content-word concepts weighted by rarity, compared as weighted sets."""

from __future__ import annotations

import copy
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from readout_viewer.core.language.acronyms import acronyms_in, expanded
from readout_viewer.core.language.countries import COUNTRIES
from readout_viewer.core.language.lexicon import (
    MANNER_WORDS,
    SETTING_WORDS,
    STANCE_WORDS,
    STOP_STEMS,
    STOPWORDS,
    concept,
    phrases,
)
from readout_viewer.core.language.text import fold, tokens
from readout_viewer.core.model import Claim

# A word must have this many letters to count as content (drops "s", "ve" and other debris); digits always count.
MIN_WORD_LETTERS = 2
# Two concepts next to each other that also stand together in the other claim add this share of their weight:
# "offensive strike weapons" in both says more than the three words scattered.
BIGRAM_WEIGHT = 1.0
# Concept weights are idf ** IDF_POWER: 2 is the classic tf-idf cosine, letting rare words (names of topics)
# outweigh the actors every readout names.
IDF_POWER = 1.5
# Dates and figures ("December 30") anchor a claim in the event rather than say what it claims; they keep
# this share of their weight.
DATE_SHARE = 0.6
_MONTHS = frozenset("january february march april may june july august september october november december".split())
# A concept of three letters or more that begins a month's name ("dec", "decemb") is a date: every such beginning,
# so that telling one is a set lookup (it is asked for every concept of a folder).
_MONTH_STARTS = frozenset(m[:n] for m in _MONTHS for n in range(3, len(m) + 1))
# A day of the week ("He was quoted by the news agency on Thursday as saying ...") says when, as a month does, and
# keeps DATE_SHARE of its weight: at full weight the day an outlet names diluted its report of a readout that names
# none (seventeen events: link recall 726 -> 728 of 1014, precision 0.863 unchanged).
_WEEKDAYS = frozenset(concept(d) for d in "monday tuesday wednesday thursday friday saturday sunday".split())
# A claim with fewer content concepts than this ("Of course, it didn't.") is too thin to be matched on its
# own; its scores shrink in proportion.
MIN_CONCEPTS = 3
# A concept is a name when the folder writes it with a capital inside claims this many times more often
# than in lower case ("Putin", "Geneva"; not "President"/"president" or "Council"/"council" used both ways).
NAME_RATIO = 3

# Hyphenated words split into parts of at least this many letters ("Putin-Biden", "large-scale"), unless the
# first part is a prefix ("de-escalate" is not "escalate"); short parts stay joined ("give-and-take").
SPLIT_PART = 4
PREFIXES = frozenset("anti counter inter multi post semi self super ultra well".split())


# "[senior administration official]", "[inaudible]": a transcript editor's words, not the speaker's.
_EDITORIAL = re.compile(r"\[[^\]]*\]")
# The one word "U.S.", "US" and "United States" all become.
COUNTRY = "america"
# "called on Russia to ..." urges; it is not a call (a conversation): the verb before "on"/"upon" becomes this.
URGE = "urged"
_CALL_FORMS = frozenset("call calls called calling".split())


# A frame of a dozen words or fewer ending in a verb of saying or being and "that".
# A verb of telling someone ("told his counterpart that", "assured the minister that") frames it the same way.
_FRAME = re.compile(r"^(?:\S+\s+){0,12}?(?:(?:is|was|are|were|said|says|noted|stressed|reported|added|believes|"
                    r"argued|claimed|thinks|seems|appears)|(?:told|tells|assured|informed|reminded|warned)"
                    r"(?:\s+\S+){1,4}?)\s+that\s+", re.I)


# A trailing attribution of a few words after the last comma (", the Kremlin press service said on Friday.",
# ", according to the statement.", ", it said."): who says it, not what is said.
_TAIL = re.compile(r",\s+(?:according\s+to\s+[^,;]{1,60}|(?:[^,;\"\u201c\u201d]{1,50}\s)?(?:said|says|added|noted|"
                   r"reported|stated|announced|wrote|adds|notes|understands|learned|learnt)"
                   r"(?:\s[^,;\"\u201c\u201d]{0,50})?)[.!]?[\"'\u201d\u2019]?\s*$",
                   re.I)


# A mention of the call that frames a statement ("during a lengthy call", "in their phone conversation on
# Wednesday", "on the call", "after his call with ..."): it says when the thing was said, not what; left out when
# what remains holds at least CALL_FREE_CONCEPTS content concepts (a claim that is only a call mention keeps it: it
# reports the call). "after" / "following": fifteen events, one false link fewer, no true one lost.
_CALL_MENTION = re.compile(r"\b(?:during|in|on|over|at|via|after|following)\s+"
                           r"(?:a|an|the|their|his|her|its|this|that|today's|"
                           r"wednesday's|tuesday's|monday's|thursday's|friday's)?\s*(?:[\w\-]+\s+){0,3}?"
                           r"(?:phone|telephone|video|virtual)?\s*(?:call|conversation|talks|videoconference|chat)"
                           r"(?:\s+(?:on|with)\s+(?-i:[A-Z][\w\-]*\s+){1,3})?\b", re.IGNORECASE)  # names: capitals only
CALL_FREE_CONCEPTS = 4
# Every match of _CALL_MENTION holds one of these, in any case (of "call", "conversation", "talks",
# "videoconference", "chat"): a text whose lower case holds none of them is not searched, as most claims are not
# (the search tried the eight prepositions at every word: 9 ms of a first analysis of corpus/). None of them holds an
# "i" or an "s", for which re.IGNORECASE also takes "ı" and "ſ", letters lower() leaves as they are. The frame before
# a reported statement (_FRAME) is looked for only in a text that holds "that", as each frame ends in it.
_CALL_WORDS = ("call", "conv", "talk", "conference", "chat")
# A claim with this many content concepts is long enough to carry a report among other things; each piece
# must keep PIECE_MIN of them to be scored alone.
PIECES_FROM = 12
PIECE_MIN = 5
# Where a long claim's pieces part: a semicolon or colon, a comma before a relative or a conjunction of contrast,
# before "and" with a new subject ("..., and we will begin by calling Zelenskyy") or a second verb of the same one
# ("..., and began with Trump announcing ...", the verb kept), before "followed by", or before "and" with a verb of
# saying ("congratulated him on the holiday and remarked that ..."), or before a clause of condition or time with no
# comma ("will quickly provide new packages as soon as the Senate passes the supplemental"): either part may be
# reported.
_PIECES = re.compile(r"[;:]|,\s+(?:which|who|while|although|whereas|but|as|since|even though|followed\s+by|"
                     r"and\s+(?:we|he|she|they|i|it)(?=\s)|and\s+(?=(?:[a-z]+ed|began|said|told|made|gave|spoke|took)\s))\b|"
                     r"\s+(?:whereas|although|as\s+soon\s+as|once|until|unless|provided\s+that)\s+|\s+and\s+(?=[\"\u201c]?(?:remarked|said|noted|added|stressed|stated|told|warned|"
                     r"made\s+(?:it\s+)?clear)\s)")


# The concepts of the words that set the scene (lexicon.SETTING_WORDS): sharing only these and names, two claims
# both say the meeting took place; an outlet sentence reports a readout's sentence on them only when both are
# such mentions ...
SCENE = frozenset(concept(w) for w in SETTING_WORDS)
# ... and the words of how a thing was said or of a stand against it (lexicon.MANNER_WORDS, STANCE_WORDS) are no
# content either; a claim that says more than the scene in them is no mere mention of the meeting, though ("both
# emphasised the importance of cooperation when they met").
SETTING = SCENE | frozenset(concept(w) for w in MANNER_WORDS | STANCE_WORDS)
# ... that is, when each has at most this many other concepts ("as seen at a restaurant" makes a caption).
MENTION_REST = 1


class Terms(NamedTuple):
    """The comparable content of one claim."""

    concepts: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    names: frozenset[str] = frozenset()  # concepts written with a capital inside the claim
    plain: frozenset[str] = frozenset()  # concepts written in lower case inside the claim


def _words(text: str) -> list[tuple[str, bool]]:
    """The folded words of a text and whether each is capitalised inside the text, leaving out editorial
    insertions in square brackets; "U.S." and "United States" become one word so that the country is not
    counted twice or lost among pronouns."""
    out: list[tuple[str, bool]] = []
    bare = _EDITORIAL.sub(lambda m: " " * len(m.group()), text) if "[" in text else text
    toks = tokens(phrases(fold(bare)))
    upper = [text[t.start:t.start + 1].isupper() for t in toks]
    for i, (norm, start, end) in enumerate(toks):
        # the first word is a name only when a capitalised word follows it ("Deputy Minister Berg")
        capital = upper[i] and (i > 0 or (len(toks) > 1 and upper[1]))
        if norm == "us" and text[start:end].isupper():
            out.append((COUNTRY, True))
        elif norm == "states" and out and out[-1][0] == "united":
            out[-1] = (COUNTRY, True)
        elif norm in _CALL_FORMS and i + 1 < len(toks) and toks[i + 1].norm in ("on", "upon"):
            out.append((URGE, capital))
        elif "-" not in norm:  # _parts keeps it whole
            out.append((norm, capital))
        else:
            out.extend((part, capital) for part in _parts(norm, text[start:end]))
    return out


def terms(text: str, acronyms: frozenset[str] = frozenset()) -> Terms:
    """Content concepts of a text and the pairs of them that stand next to each other; names spelt out in
    full also count as the folder's acronyms for them ("North Atlantic Treaty Organization": NATO)."""
    seq, names, plain = [], set(), set()
    for i, (word, capital) in enumerate(_words(text)):
        if word in STOPWORDS or (len(word) < MIN_WORD_LETTERS and not word.isdigit()):
            continue
        c = concept(word)
        if c and c not in STOP_STEMS:
            seq.append(c)
            if capital:
                names.add(c)
            elif not capital and i > 0:
                plain.add(c)
    extra = [concept(a) for a in expanded(text, acronyms)]
    return Terms(frozenset(seq + extra), frozenset(zip(seq, seq[1:])), frozenset(names | set(extra)),
                 frozenset(plain))


@lru_cache(maxsize=1)
def formal_names() -> dict[str, frozenset[str]]:
    """Each country's one-word name (its concept) -> the concepts of its longer names ("People's Republic of China",
    "Russian Federation"; "United States of America" is already the country's one word): where the country is who
    the event is about, so are the words of its formal name, and sharing them says no more than sharing the country
    ("... recognises the People's Republic of China as ..." / "Biden met virtually with President Xi Jinping of the
    People's Republic of China"). Read once from the literal table of countries."""
    out: dict[str, frozenset[str]] = {}
    for names, _, _ in COUNTRIES.values():
        said = [terms(name).concepts for name in names]
        for short in (next(iter(cs)) for cs in said if len(cs) == 1):
            out[short] = frozenset(c for cs in said if len(cs) > 1 for c in cs) - {short}
    return out


def _parts(word: str, original: str = "") -> list[str]:
    """Number ranges ("9-10") are two numbers and name pairs ("nato-russia") two names; other words stay whole,
    and one that ends in a name also names it ("one-China" is about China, as "one China" is; "de-escalation"
    is not about escalation)."""
    if "-" not in word:
        return [word]
    parts = [p for p in word.split("-") if p]
    if any(ch.isdigit() for ch in word) or (all(len(p) >= SPLIT_PART for p in parts) and parts[0] not in PREFIXES):
        return parts
    if len(parts) > 1 and original.rsplit("-", 1)[-1][:1].isupper() and parts[0] not in PREFIXES:
        return [word, parts[-1]]
    return [word]


def is_date(c: str) -> bool:
    """Whether a concept is a number or the name of a month or a weekday (when the call was, not what was said)."""
    return c.isdigit() or c in _MONTH_STARTS or c in _WEEKDAYS



def is_month(c: str) -> bool:
    """Whether a concept is a month's name ("novemb", "dec")."""
    return c in _MONTH_STARTS


def _names(bags: Sequence[Terms]) -> frozenset[str]:
    """Concepts the folder writes as names: capitalised inside claims far more often than not."""
    capital = Counter(c for t in bags for c in t.names)
    lower = Counter(c for t in bags for c in t.plain)
    return frozenset(c for c, k in capital.items() if k > NAME_RATIO * lower[c])


# A concept in more than this share of a folder's claims (and in at least COMMON_MIN_CLAIMS of them) is one
# nearly every claim uses ("talk", "leaders"): sharing it says two claims are about a conversation, not what
# they report, so it does not make a match "on content". 0.2 to 0.35 give the same links on both golds.
COMMON_SHARE = 0.25
# ... and a folder of a handful of claims has no such words: every shared word there is a clue.
COMMON_MIN_CLAIMS = 5
# A name in more than this share of a folder's claims is who the event is about (the leaders, their countries):
# it says who spoke, not what was said. A name fewer claims use is a topic ("the detained blogger Tomas Keller",
# "Nord Stream"). Measured: 0.03 keeps every held-out link; 0.06 counts a few topics as who and loses them.
WHO_SHARE = 0.03
# ... and in at least this many: a name only one or two claims use is a topic whatever the folder's size.
WHO_MIN_CLAIMS = 3


class IdfTable(dict[str, float]):
    """Concept -> weight, with the weight of a concept no claim uses for any other: looked up by C code
    (`table[c]`, `map(table.__getitem__, ...)`) rather than through a Python method for each of the ~35,000
    concepts that scoring an analysis of corpus/ weighs."""

    def __init__(self, weights: Mapping[str, float], default: float) -> None:
        super().__init__(weights)
        self.default = default

    def __missing__(self, c: str) -> float:
        return self.default


class Weights:
    """Weights of concepts over a folder's claims: the rarer a concept, the more it weighs."""

    def __init__(self, all_terms: Iterable[Terms]):
        bags = list(all_terms)
        df = Counter(c for t in bags for c in t.concepts)
        self.df: dict[str, int] = dict(df)  # concept -> how many claims use it
        self.claims = len(bags)
        n = len(bags) + 1
        self.common = frozenset(c for c, k in df.items() if k > COMMON_SHARE * len(bags) and k >= COMMON_MIN_CLAIMS)
        self._default = math.log(n / 0.5) ** IDF_POWER
        self.weight = IdfTable({c: math.log(n / (k + 0.5)) ** IDF_POWER * (DATE_SHARE if is_date(c) else 1.0)
                                for c, k in df.items()}, self._default)
        self.names = _names(bags)
        # the call's people and places, not topics
        self.who = frozenset(c for c in self.names if df[c] > WHO_SHARE * len(bags) and df[c] >= WHO_MIN_CLAIMS)
        self.who |= frozenset(c for country in self.who for c in formal_names().get(country, ()))
        self._mass: dict[frozenset[str], float] = {}
        self.mentions: dict[frozenset[str], bool] = {}  # a claim's concepts -> whether it only mentions the meeting
        self.pieces: dict[str, list[Terms]] = {}  # claim id -> the terms of its pieces, for long claims
        self.acronyms: frozenset[str] = frozenset()  # the folder's acronyms, to take the terms of other texts
        self.leaders: dict[str, str] = {}  # the concept of a word of a leader's name -> the leader's country code

    def idf(self, c: str) -> float:
        return self.weight[c]

    def slim(self) -> Weights:
        """The same weights without what comparing every claim of the folder memoised (masses, mentions) and the
        long claims' pieces: for comparing a few claims after the linking, without keeping every claim's terms."""
        out = copy.copy(self)
        out._mass, out.mentions, out.pieces = {}, {}, {}
        return out

    def mass(self, t: Terms) -> float:
        """The total weight of a claim's concepts (memoised: every claim is compared hundreds of times)."""
        m = self._mass.get(t.concepts)
        if m is None:
            m = self._mass[t.concepts] = sum(map(self.weight.__getitem__, t.concepts))
        return m


def score(a: Terms, b: Terms, w: Weights, names_only: float = 0.0, min_shared: int = 1) -> float:
    """Weighted cosine of two claims' concept sets, plus a bonus for shared adjacent pairs; 0..1.

    Claims that share only names (who, not what) keep `names_only` of their score: none for an outlet
    sentence, which names who said a thing; all of it between readouts, where "regional issues such as
    Iran" and "the Iranian nuclear programme" are one topic and one-to-one matching guards the rest. The
    same holds for names and the words that set the scene, unless both claims only say that a meeting took
    place: a sentence that says more on the meeting's setting alone reports none of what was said in it.
    """
    shared = a.concepts & b.concepts
    if len(shared) < min_shared or not shared:
        return 0.0
    names = shared & w.names
    if shared - names - SETTING:
        share = 1.0
    elif other_meeting(a, b, w):  # names and the setting shared, but each names a leader the other does not
        share = 0.0
    elif mention(a, w) and mention(b, w):
        share = 1.0
    else:  # a topic named in both ("Iran") is something; the leaders and the setting alone are not
        share = names_only if names - w.common else 0.0
    if not share:
        return 0.0
    idf = w.weight
    dot = sum(map(idf.__getitem__, shared))
    pairs = a.bigrams & b.bigrams
    if pairs:  # most pairs of claims share none: adding 0.0 changes no sum
        dot += BIGRAM_WEIGHT * sum(min(idf[x], idf[y]) for x, y in pairs if not (x in names and y in names))
    masses = w._mass  # mass(), without a call for the masses it already holds
    ma, mb = masses.get(a.concepts) or w.mass(a), masses.get(b.concepts) or w.mass(b)
    norm = math.sqrt(ma * mb)
    thin = min(1.0, min(len(a.concepts), len(b.concepts)) / MIN_CONCEPTS)
    return min(1.0, share * thin * dot / norm) if norm else 0.0


def other_meeting(a: Terms, b: Terms, w: Weights) -> bool:
    """Whether two claims that each only say a meeting took place name different leaders' meetings ("President Biden
    held a secure video call today with President Putin" / "President Biden spoke today with President Zelenskyy"):
    each names the leader of a country the other does not (`Weights.leaders`); naming fewer leaders is no other
    meeting."""
    mine, theirs = leaders_named(a, w), leaders_named(b, w)
    return bool(mine - theirs and theirs - mine)


def leaders_named(t: Terms, w: Weights) -> frozenset[str]:
    """The countries of the leaders a claim names (`Weights.leaders`)."""
    return frozenset(w.leaders[c] for c in t.names if c in w.leaders)


def mention(t: Terms, w: Weights) -> bool:
    """Whether a claim only says that the meeting took place: who met, how and when, and nothing said in it
    (memoised on the weights, as the claim is compared with many others)."""
    found = w.mentions.get(t.concepts)
    if found is None:
        rest = t.concepts - w.names - SCENE
        named = bool(t.concepts & w.names)  # who met: a mention names them ("how I think about the call" does not)
        found = w.mentions[t.concepts] = named and len([c for c in rest if not is_date(c)]) <= MENTION_REST
    return found


def spelled(text: str) -> tuple[tuple[str, str], ...]:
    """Each word of a text as (its concept, the word as the text writes it), in the text's order."""
    return tuple((COUNTRY if t.norm in ("us", "america", "american") else concept(t.norm), text[t.start:t.end])
                 for t in tokens(text))


def words_for(words: Sequence[tuple[str, str]], wanted: Iterable[str]) -> tuple[str, ...]:
    """The words (`spelled`) whose concepts are among `wanted`, once each, in the text's order: what a person
    reads as the words two claims share."""
    wanted, seen, out = set(wanted), set(), []
    for c, word in words:
        if c in wanted and c not in seen:
            seen.add(c)
            out.append(word)
    return tuple(out)


def shares_content(a: Terms, b: Terms, w: Weights) -> bool:
    """Whether two claims share a concept that is not a name nor a word nearly every claim uses."""
    return bool((a.concepts & b.concepts) - w.names - w.common)


def reported(text: str) -> str:
    """The reported part of a claim: what follows a short frame ending in "that" ("It should be noted that",
    "The only thing that inspires optimism is that", "Ushakov said that"), without a trailing attribution
    (", the Kremlin press service said.", ", according to the statement.") and without a mention of the call
    that only says when it was said ("agreed during a lengthy call to a pause" reports the pause)."""
    m = _FRAME.match(text) if "that" in text.lower() else None  # every frame ends in "that" (see _CALL_WORDS)
    text = text[m.end():] if m else text
    tail = _TAIL.search(text)
    text = text[:tail.start()] if tail and tail.start() > 0 else text
    lowered = text.lower()
    if not any(word in lowered for word in _CALL_WORDS) or not _CALL_MENTION.search(text):
        return text
    bare = _CALL_MENTION.sub(" ", text)
    content = {t.norm for t in tokens(bare) if t.norm not in STOPWORDS}
    return bare if len(content) >= CALL_FREE_CONCEPTS else text


# Where a transcript's long sentence parts besides _PIECES: at a dash, or a comma before "and" or "so". A briefer's
# answer runs several points together ("And those costs include economic costs, include adjustments ... of NATO force
# posture ..., and include additional assistance to Ukraine ..."), and an outlet reports one of them (seventeen
# events: link recall 730 -> 731 of 1014, precision 0.864 -> 0.865). Not in written sentences: there a dash parted
# a CGTN sentence into false links on the dev gold (round 13).
_SPOKEN = re.compile(r"\s+[\u2014\u2013]\s+|\s+--\s+|,\s+(?:and|so)\s+")


def parts(text: str, spoken: bool = False) -> list[str]:
    """The pieces of a long claim that could each report something on their own: a report wrapped in
    commentary ("that both readouts said the leaders tasked their teams to follow up is encouraging, which is
    progress") is found by its piece; a `spoken` one (a transcript's) parts at dashes and ", and" / ", so" too."""
    pieces = [p for p in _PIECES.split(text) if p and not p.isspace()]
    if spoken:
        pieces = [q for p in pieces for q in _SPOKEN.split(p) if q and not q.isspace()]
    return pieces if len(pieces) > 1 else []


def weights_for(claims_of: Mapping[str, Sequence[Claim]], spoken: frozenset[str] = frozenset()
                ) -> tuple[dict[str, Terms], Weights]:
    """Terms of every claim (its reported part) and the weights learnt from all of them (`spoken`: the documents that
    are transcripts, whose long claims part more finely)."""
    known = acronyms_in(c.text for cs in claims_of.values() for c in cs)
    all_terms = {c.id: terms(reported(c.text), known) for cs in claims_of.values() for c in cs}
    w = Weights(all_terms.values())
    w.acronyms = known
    for cs in claims_of.values():
        for c in cs:
            if len(all_terms[c.id].concepts) >= PIECES_FROM:
                found = [t for t in (terms(reported(p), known) for p in parts(c.text, c.doc in spoken))
                         if len(t.concepts) >= PIECE_MIN]
                if found:
                    w.pieces[c.id] = found
    return all_terms, w


def leader_concepts(leaders: Mapping[str, str]) -> dict[str, str]:
    """The concepts of the words of the leaders' names (`speakers.folder_leaders`: name -> country code), each to its
    country; a word two countries' leaders share names neither."""
    out: dict[str, str | None] = {}
    for name, code in leaders.items():
        for word in fold(name).split():
            c = concept(word.strip(".,"))
            if len(c) > 2:
                out[c] = code if out.get(c, code) == code else None
    return {c: code for c, code in out.items() if code is not None}


def concept_index(claims: Sequence[Claim], terms: Mapping[str, Terms]) -> dict[str, list[Claim]]:
    """The claims of one document by concept: only claims sharing a concept with another can score above 0."""
    out: dict[str, list[Claim]] = {}
    for claim in claims:
        for c in terms[claim.id].concepts:
            out.setdefault(c, []).append(claim)
    return out
