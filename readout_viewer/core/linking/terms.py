"""The comparable content of a claim: its words folded to concepts, the names among them and adjacent pairs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from readout_viewer.core.language.acronyms import expanded
from readout_viewer.core.language.countries import COUNTRIES
from readout_viewer.core.language.lexicon import MONTHS, STOP_STEMS, STOPWORDS
from readout_viewer.core.language.synonyms import concept, phrases
from readout_viewer.core.language.text import Token, fold, tokens
from readout_viewer.core.model import Claim
from readout_viewer.core.system.lazyre import LazyPattern

# Words after which a run of names is where someone goes or what he takes part in, the content of the claim, not
# who speaks or the call's scene ("invited Meloni to the White House", "to join the Quad", "will visit Beijing").
_DESTINED = frozenset("to visit visits visited visiting join joins joined joining attend attends attended "
                      "attending host hosts hosted hosting".split())
_ARTICLES = frozenset("the a an".split())
# A word must have this many letters to count as content (drops "s", "ve" and other debris); digits always count.
MIN_WORD_LETTERS = 2
_MONTHS = frozenset(MONTHS)
# A concept of three letters or more that begins a month's name ("dec", "decemb") is a date: every such beginning,
# so that telling one is a set lookup (it is asked for every concept of a folder).
_MONTH_STARTS = frozenset(m[:n] for m in _MONTHS for n in range(3, len(m) + 1))
# A day of the week ("He was quoted by the news agency on Thursday as saying ...") says when, as a month does, and
# keeps DATE_SHARE of its weight: at full weight the day an outlet names diluted its report of a readout that names
# none (seventeen events: link recall 726 -> 728 of 1014, precision 0.863 unchanged).
WEEKDAY_NAMES = tuple("monday tuesday wednesday thursday friday saturday sunday".split())  # date.weekday() order
_WEEKDAYS = frozenset(concept(d) for d in WEEKDAY_NAMES)

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
# A word that lost the space after an acronym ("the unity of NATOthemes", a machine rendering): the capitals, then a
# lower-case word of at least GLUED_REST letters ("PRCs", "MPs" keep their plural). Split only when the capitals are
# an acronym the folder writes apart; "BIden", "UAWire" are not.
GLUED_REST = 3
_GLUED = re.compile(rf"([A-Z]{{2,}})([a-z]{{{GLUED_REST},}})")


class Terms(NamedTuple):
    """The comparable content of one claim."""

    concepts: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    names: frozenset[str] = frozenset()  # concepts written with a capital inside the claim
    plain: frozenset[str] = frozenset()  # concepts written in lower case inside the claim
    placed: frozenset[str] = frozenset()  # names a claim goes to or takes part in ("invited him to the White House")


def _words(text: str, acronyms: frozenset[str] = frozenset()) -> list[tuple[str, bool]]:
    """The folded words of a text and whether each is capitalised inside the text, leaving out editorial
    insertions in square brackets; "U.S." and "United States" become one word so that the country is not
    counted twice or lost among pronouns, and a folder's acronym glued to the next word is read apart from it."""
    out: list[tuple[str, bool]] = []
    bare = _EDITORIAL.sub(lambda m: " " * len(m.group()), text) if "[" in text else text
    toks = phrase_tokens(bare)
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
        elif upper[i] and acronyms and (glued := _glued(text[start:end], acronyms)):
            out.extend(glued)
        elif "-" not in norm:  # _parts keeps it whole
            out.append((norm, capital))
        else:  # "al-Sisi", "bin-Salman": a lower-case particle before a capitalised name leaves the name a name
            parts = _parts(norm, text[start:end])
            tail = len(parts) > 1 and text[start:end].rsplit("-", 1)[-1][:1].isupper()
            out.extend((part, capital or (tail and part == parts[-1])) for part in parts)
    return out


def _glued(word: str, acronyms: frozenset[str]) -> list[tuple[str, bool]]:
    """A folder's acronym and the lower-case word glued to it ("NATOthemes": NATO, themes), or nothing."""
    m = _GLUED.fullmatch(word)
    if m is None or m.group(1).lower() not in acronyms:
        return []
    return [(m.group(1).lower(), True), (m.group(2), False)]


def phrase_tokens(text: str) -> list[Token]:
    """The tokens of a text with PHRASES read as their sense. A text no phrase changes is tokenised as itself, not
    folded first (tokens() folds it, and folding twice is folding once): other stages tokenise the same claim, and
    the memo then holds it once (a first analysis of corpus/ tokenised some 460 claims twice, as written and folded)."""
    folded = fold(text)
    sensed = phrases(folded)
    return tokens(text if sensed == folded else sensed)


# A claim's terms are asked for again by later stages (its anchored rest, its parts, its opening, the nearest
# statement's pass: 135 of a first analysis of corpus/'s 841 calls) and by every analysis after the first; a Terms is
# immutable and shared. Distinct texts of one analysis stay far below this, as divergence_cues.CUES_CACHE's do.
TERMS_CACHE = 1 << 14


@lru_cache(maxsize=TERMS_CACHE)
def terms(text: str, acronyms: frozenset[str] = frozenset()) -> Terms:
    """Content concepts of a text and the pairs of them that stand next to each other; names spelt out in
    full also count as the folder's acronyms for them ("North Atlantic Treaty Organization": NATO)."""
    seq, names, plain, placed = [], set(), set(), set()
    destined = False  # inside a run of names after a word of _DESTINED
    for i, (word, capital) in enumerate(_words(text, acronyms)):
        destined = word in _DESTINED or (destined and (capital or word in _ARTICLES))
        if word in STOPWORDS or (len(word) < MIN_WORD_LETTERS and not word.isdigit()):
            continue
        c = concept(word)
        if c and c not in STOP_STEMS:
            seq.append(c)
            if capital:
                names.add(c)
                if destined:
                    placed.add(c)
            elif not capital and i > 0:
                plain.add(c)
    extra = [concept(a) for a in expanded(text, acronyms)]
    return Terms(frozenset(seq + extra), frozenset(zip(seq, seq[1:])), frozenset(names | set(extra)),
                 frozenset(plain), frozenset(placed))


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


# A handle written in capitalised parts ("@RishiSunak"): the name it spells. An official text's post names the other
# leader so ("I had a phone call with PM @RishiSunak"), and the outlets' lines that the two spoke report it (read15
# three true links more, one lost: an outlet's quotation of the post, which names one leader where the post now names
# the other, reads as another call; every kept pool unchanged). Spelt in official texts only, the handle kept beside
# the name: spelt in every text (links22, Round 28) one kept-out event lost a true link.
_HANDLE = LazyPattern(r"@((?:[A-Z][a-z]+){2,4})\b")
_CAPITAL_PART = LazyPattern(r"[A-Z][a-z]+")


def spelled_handles(text: str) -> str:
    """A text with each handle in capitalised parts written as the name it spells ("I had a phone call with PM
    @RishiSunak": "... PM Rishi Sunak")."""
    return _HANDLE.sub(lambda m: m.group() + " " + " ".join(_CAPITAL_PART.findall(m.group(1))), text) \
        if "@" in text else text


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
