"""Text folding and word tokens shared by the engine: one place that decides what counts as the same word."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from readout_viewer.core.language.stem_overrides import STEM_OVERRIDES

# Typographic marks folded to their plain forms so that "don’t" and "don't" compare equal.
FOLD_MAP = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})
# The same table as (mark, plain) pairs: fold() replaces the marks a text holds one by one, as str.translate() with a
# dict table looks every character up in Python (60-80 ns a character: 45 ms of an analysis of corpus/).
_FOLD_PAIRS = tuple((chr(mark), plain) for mark, plain in FOLD_MAP.items())
_WORD = re.compile(r"[^\W_]+(?:['\-.][^\W_]+)*", re.U)
# _WORD for a folded text of ASCII alone (most are: fold() makes curly quotes, dashes and odd spaces plain), where the
# letters and digits [^\W_] takes are these: a set looked up in a table, not each character's Unicode category. The
# 984 texts a first analysis of corpus/ tokenises, 964 of them ASCII once folded: 233.8 -> 210.3 M instructions (with
# m[0] for m.group()).
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+(?:['\-.][A-Za-z0-9]+)*")
# A word as the linking's phrase finders read a folded text (quoted_phrases, runs): letters, digits, "_", apostrophes
# and hyphens. For a text of ASCII alone \w is [A-Za-z0-9_] (tests/core/language/test_raw_words.py), a set looked up
# in a table, as _ASCII_WORD is: the 964 calls of a first analysis of corpus/ 37.8 -> 30.4 M instructions replayed.
_RAW_WORD = re.compile(r"[\w'\-]+")
_ASCII_RAW_WORD = re.compile(r"[A-Za-z0-9_'\-]+")
# A paragraph: its lines, up to a blank line (one holding only spaces counts as blank).
PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t\u00a0]*\n)[^\n]+)*")


class Token(NamedTuple):
    """A word of a text: its folded form and where it stands."""

    norm: str
    start: int
    end: int


def fold(text: str) -> str:
    """Lower case with typographic quotes, dashes and odd spaces made plain; same length as the input.

    The same as text.translate(FOLD_MAP).lower(): every mark maps to one plain character that is no mark itself.
    """
    if text.isascii():  # of the marks, only the backtick is ASCII
        return (text.replace("`", "'") if "`" in text else text).lower()
    return _fold_short(text) if len(text) <= MEMO_TEXT else _fold_marks(text)


def _fold_marks(text: str) -> str:
    for mark, plain in _FOLD_PAIRS:
        if mark in text:
            text = text.replace(mark, plain)
    return text.lower()


# The letters re.IGNORECASE matches to an ASCII letter ("\u017f" to "s", the Kelvin sign to "k") where lower() makes
# another letter or two: a text is made plain in them before names are looked for in it.
CASE_TWINS = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))


def caseless(text: str) -> str:
    """The text folded, with the letters re.IGNORECASE takes for ASCII ones made those: an ASCII name a
    case-insensitive pattern finds in the text is in it, at the same place (the text's length is kept)."""
    for twin, plain in CASE_TWINS:
        if twin in text:
            text = text.replace(twin, plain)
    return fold(text)


def holds_any(text: str, words: Sequence[str]) -> bool:
    """Whether `text` made caseless (caseless()) holds one of `words`: the test before a costly case-insensitive
    pattern every match of which holds one of them, so that a text holding none is not searched."""
    seen = caseless(text)
    return any(word in seen for word in words)


def holds(text: str, words: Sequence[str]) -> bool:
    """Whether `text`, as written, holds one of `words`: the test before a case-sensitive pattern every match of which
    holds one of them (holds_any's for a caseless one), so that a text holding none is not searched."""
    return any(word in text for word in words)


def raw_words(text: str) -> list[str]:
    """The words of a text folded (fold()), each a run of letters, digits, "_", apostrophes and hyphens
    ("give-and-take", "kremlin's"). A short text's list is memoised and shared, as tokens() are: callers read it."""
    return _short_raw_words(text) if len(text) <= MEMO_TEXT else _raw_words(text)


def _raw_words(text: str) -> list[str]:
    folded = fold(text)
    return (_ASCII_RAW_WORD if folded.isascii() else _RAW_WORD).findall(folded)


def trim_span(text: str, start: int, end: int, *, lead: str = "", trail: str = "") -> tuple[int, int]:
    """text[start:end] without leading/trailing whitespace (and the extra `lead`/`trail` characters);
    start == end when nothing else is left."""
    while start < end and (text[start].isspace() or text[start] in lead):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in trail):
        end -= 1
    return start, end


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """The [start, end) offsets of a text's paragraphs (PARAGRAPH), their edges' white space trimmed, blank ones
    left out: the paragraphs the claims are cut from, and those the PDF sets."""
    for m in PARAGRAPH.finditer(text):
        start, end = trim_span(text, m.start(), m.end())
        if end > start:
            yield start, end


# A named tuple made as its own __new__ makes it, without the Python call around it: new_record(Token, (norm,
# start, end)). Every word of every text is a Token, and every word of every claim and quotation a quotes Word; that
# call was a third of tokenising.
new_record = tuple.__new__


def tokens(text: str) -> list[Token]:
    """The words of a text with their offsets; abbreviations lose their full stops ("U.S." is "us").

    A short text's list is memoised and shared: callers read it and never change it.
    """
    return _short_tokens(text) if len(text) <= MEMO_TEXT else _tokenise(text)


def _tokenise(text: str) -> list[Token]:
    folded = fold(text)
    words = _ASCII_WORD if folded.isascii() else _WORD
    return [new_record(Token, (m[0].replace(".", ""), m.start(), m.end())) for m in words.finditer(folded)]


# Claims and sentences are tokenised again by later stages (the linking's terms and spellings, the omissions, the
# quotation and attribution checks): a third of the characters an analysis of corpus/ tokenised had been before, all
# of them in texts of at most MEMO_TEXT characters. Whole documents, tokenised once each and large, are not kept.
# The stages run one after another over the whole folder, so a text comes back only after every other text was
# tokenised: a memo smaller than a folder's short texts evicts each before its reuse (least-recently-used on a
# cycle). A folder's document has 28-75 of them (the readable events' 28 a text, corpus/'s 75), so TOKENS_CACHE
# holds those of 110-290 documents (a folder of 115 real texts has 3,725); each costs about 3 kB (126 characters,
# 20 words), so a full memo is about 25 MB and a folder of 13 texts uses 3 MB of it.
MEMO_TEXT = 1000
TOKENS_CACHE = 1 << 13
_short_tokens = lru_cache(maxsize=TOKENS_CACHE)(_tokenise)
# A short text that holds a mark is folded again by the stages after the first that read it (the gates, the figures,
# the tone, the cue finder, tokenising): 3,761 of the 12,664 folds of a first analysis of corpus/ are of such texts,
# 704 distinct, each a look for every mark and a lower() of a text held as UCS-2. They are kept as tokens are (the
# same bound on the text and on the memo); an ASCII text is folded at once, without the memo.
_fold_short = lru_cache(maxsize=TOKENS_CACHE)(_fold_marks)
# The linking's phrase finders read a claim's raw words again (its quotations, its unusual runs, the official claims'
# own): 736 of a first analysis of corpus/'s 1,280 calls were of a text read before.
_short_raw_words = lru_cache(maxsize=TOKENS_CACHE)(_raw_words)


# British/translation spellings and transliterations mapped to one form, applied to whole folded words: before
# stemming here, and in the quotation check's word keys (quotewords), so that both meet the same variants.
SPELLING_VARIANTS = {
    "guaranties": "guarantees", "guaranty": "guarantee", "programme": "program",
    "defence": "defense", "offence": "offense", "co-operation": "cooperation", "co-operate": "cooperate",
    "judgement": "judgment", "centre": "center", "dialog": "dialogue", "grey": "gray", "aluminium": "aluminum",
    "sceptical": "skeptical", "sceptic": "skeptic",
    # Their plurals, which stemming would otherwise cut apart ("air defences" -> "defenc", "air defense" -> "defens").
    "defences": "defenses", "offences": "offenses", "programmes": "programs", "judgements": "judgments",
    "centres": "centers", "sceptics": "skeptics",
    # Ukrainian and Russian transliterations of the same places, as outlets and readouts write them.
    "kiev": "kyiv", "donbass": "donbas", "zaporozhye": "zaporizhzhia", "zaporizhia": "zaporizhzhia",
    "lugansk": "luhansk", "kharkov": "kharkiv", "nikolaev": "mykolaiv", "nikolayev": "mykolaiv", "odessa": "odesa",
    "chernigov": "chernihiv", "dnepr": "dnipro", "lvov": "lviv", "rovno": "rivne", "artemovsk": "bakhmut"}
# The prefixes of words whose stems would meet unrelated words after cutting, each given a stem of its own.
_STEM_OVERRIDES = STEM_OVERRIDES
# The overrides' prefixes and the suffixes as tuples, which str.startswith/endswith test at once: most words take no
# override, and the loops below are run only for a word that one of them fits (a first analysis stems some 2,700
# words; the loops were about half of it).
_OVERRIDE_PREFIXES = tuple(prefix for prefix, _ in _STEM_OVERRIDES)
# Variants written as one word: a hyphenated spelling of one of them ("co-operation") is the same word.
_SOLID_VARIANTS = frozenset(SPELLING_VARIANTS.values())


class Rewrites:
    """Regular-expression rewrites of a word, applied in order. Most words need none: one scan for any of them
    comes first, instead of every rewrite finding nothing; and when every rule matches only at a word's end, after
    one of `endings`, a word that ends in none of them is not scanned at all (a C call instead of a search with
    look-behinds at every letter: corpus/'s 5,010 words, about 80 M instructions)."""

    def __init__(self, *rules: tuple[str, str], endings: tuple[str, ...] = ("",)) -> None:
        self.rules = tuple((re.compile(pattern), repl) for pattern, repl in rules)
        self.any = re.compile("|".join(f"(?:{pattern})" for pattern, _ in rules))
        self.endings = endings + ("\n",)  # "$" also matches before a last line break

    def __call__(self, word: str) -> str:
        if word.endswith(self.endings) and self.any.search(word):
            for pattern, repl in self.rules:
                word = pattern.sub(repl, word)
        return word


# British spellings rewritten to one form by their endings (only endings where no two real words collide), for the
# linking's stems and the quotation check's word keys alike; words no ending rule catches are in SPELLING_VARIANTS.
BRITISH_ENDINGS = Rewrites(
    (r"(?<=\w{3})our(s|ed|ing|able|ite|ites)?$", r"or\1"),  # labour/labor, favourable/favorable
    (r"(?<=\w{2}[^aeiou])re(s|d)?$", r"er\1"),  # theatre/theater, centred/centered
    (r"(?<=\w{3})is(e|ed|es|ing|ation|ations)$", r"iz\1"),  # realise/realize, organisation
    (r"(?<=\w{2})ys(e|ed|es|ing)$", r"yz\1"),  # analyse/analyze
    (r"(?<=\w{2})([fc])ence(s)?$", r"\1ense\2"),  # defence/defense, licence/license
    (r"(?<=\w{3})ogue(s)?$", r"og\1"),  # dialogue/dialog, catalogue/catalog
    (r"(?<=\w{3})ell(ed|ing|er|ers)$", r"el\1"),  # travelled/traveled, cancelling/canceling
    (r"(?<=\w{4})mme(s)?$", r"m\1"),  # programme/program
    endings=("our", "ours", "oured", "ouring", "ourable", "ourite", "ourites", "re", "res", "red", "ise", "ised",
             "ises", "ising", "isation", "isations", "yse", "ysed", "yses", "ysing", "ence", "ences", "ogue", "ogues",
             "elled", "elling", "eller", "ellers", "mme", "mmes"),
)
# Inflections stripped first, longest first; the stem keeps at least _MIN_STEM letters. A people's adjective
# meets its country ("Syrian"/"Syria", "Indian"/"India"). A Greek noun in "-sis" makes its plural in "-ses" ("crisis" /
# "crises", cut to "cris" by "-es"): its "-is" goes as the plural's "-es" does, and the verb in "-size" meets it too
# ("emphasis" / "emphasized"); a short one keeps it ("basis" is no "base").
_SUFFIXES = (("ians", "ia"), ("ian", "ia"), ("ings", ""), ("ing", ""), ("ies", "y"), ("ied", "y"), ("ed", ""),
             ("es", ""), ("ly", ""), ("sis", "s"), ("s", ""),
             ("e", ""))
_MIN_STEM = 3
# Suffixes that leave a word's own final "e" ("close-ly", "agree-ing"), which the bare word loses as the suffix "e":
# cut with them, "closely" and "close", "agreeing" and "agree" were two stems ("clos"/"close", "agre"/"agree"), so
# "cooperate closely" never met "close cooperation". "-ed" and "-es" take the "e" with them already ("agreed", "takes").
_KEEPS_E = frozenset(("ly", "ing", "ings"))
_SUFFIX_ENDS = tuple(suffix for suffix, _ in _SUFFIXES)
# _SUFFIXES by their last letter, each group in _SUFFIXES' order: a word ends in one letter, so only the suffixes
# ending in it can fit, and the first of them that fits is the first of _SUFFIXES that fits (the loop below tried
# every suffix before it: ten for a word in "s", eleven for one in "e").
_SUFFIXES_BY_LAST = {last: tuple((suffix, repl) for suffix, repl in _SUFFIXES if suffix.endswith(last))
                     for last in {suffix[-1] for suffix, _ in _SUFFIXES}}
# A number written as an ordinal ("on the 12th", "the 9th and 10th": a briefer's dates) is the number a date gives
# ("January 9-10"): seventeen events, link recall 728 -> 730 of 1014, no link more that the golds do not list.
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Long words are cut to this many letters so that "implement", "implementing" and "implementation" meet;
# six letters keep most content words apart ("sanction"/"sanctuary" do collide, rare in one folder).
STEM_LENGTH = 6


@lru_cache(maxsize=1024)
def _plain_letter(letter: str) -> str:
    """A Latin letter without its diacritics ("ğ" -> "g", "ü" -> "u"); any other letter as it is (Cyrillic "й" keeps
    its breve: its base is no ASCII letter, and dropping it would make another word)."""
    base = "".join(ch for ch in unicodedata.normalize("NFD", letter) if not unicodedata.combining(ch))
    return base if base.isascii() and base.isalpha() else letter


def spelling(word: str) -> str:
    """One spelling for variants of a folded word (Kiev/Kyiv, emphasised/emphasized, guaranties; a Latin word with or
    without its diacritics: Erdoğan/Erdogan, Türkiye/Turkiye)."""
    if not word.isascii():
        word = "".join(map(_plain_letter, word))
    word = SPELLING_VARIANTS.get(word, word)
    if "-" in word and word.replace("-", "") in _SOLID_VARIANTS:
        word = word.replace("-", "")
    return BRITISH_ENDINGS(word)


# Distinct words seen in one analysis stay far below this; stems are memoised because every word of every
# claim is stemmed and the suffix rules are regular expressions.
STEM_CACHE = 1 << 16


@lru_cache(maxsize=STEM_CACHE)
def stem(word: str) -> str:
    """A crude, deterministic stem of a folded word: spelling unified, inflection off, cut to STEM_LENGTH."""
    word = spelling(word).replace("-", "").replace("'", "")
    if word.startswith(_OVERRIDE_PREFIXES):
        for prefix, replacement in _STEM_OVERRIDES:
            if word.startswith(prefix):
                return replacement
    if word.isdigit():
        return word
    if word[:1].isdigit() and _ORDINAL.fullmatch(word):  # "the 12th" is the day "12" (\d is a digit isdigit() takes)
        return word[:-2]
    if word.endswith(_SUFFIX_ENDS) and not word.endswith("ss"):
        for suffix, repl in _SUFFIXES_BY_LAST[word[-1]]:
            if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
                word = word[:-len(suffix)] + repl
                if suffix in _KEEPS_E and word.endswith("e") and len(word) > _MIN_STEM:
                    word = word[:-1]  # the bare word's "e" too, as "e" is cut from it: "closely" is "close"
                break
    return word[:STEM_LENGTH]


def clip(text: str, limit: int) -> str:
    """`text` on one line (runs of white space made one space), cut with an ellipsis past `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"
