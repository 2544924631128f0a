"""Which language a document is written in, by its commonest words: the engine compares English texts."""

from __future__ import annotations

import re
from collections import Counter

from readout_viewer.core.language.text import fold
from readout_viewer.core.system.lazyre import LazyPattern

ENGLISH = "en"
# The commonest function words of the languages readouts and the press about them are written in. A text is
# in the language whose words it uses most; these words are frequent in any text of the language and rare in the
# others (a German text says "und", "der", "die"; an English one "the", "and", "of").
FUNCTION_WORDS = {
    "en": "the and of to in that is was for with on as by it he said".split(),
    "de": "der die das und ist nicht mit den von zu dem des sich auf für".split(),
    "fr": "le la les et des est une pour dans qui que sur du au pas".split(),
    "es": "el la los las y de que en del se por con una para es".split(),
    "it": "il la di che e della per non sono una del con gli le".split(),
    "ru": "и в не на что с по как это к из за от он о".split(),
    "uk": "і в не на що з та як це до за від він про у".split(),
    "pl": "i w nie na że z się do jest to o jak od po".split(),
    "zh": [], "ja": [], "ko": [],  # told by their scripts' characters (below), whatever their spaces
}
NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "ru": "Russian",
         "uk": "Ukrainian", "pl": "Polish", "zh": "Chinese", "ja": "Japanese", "ko": "Korean"}
# Fewer words than this and the guess is not worth making: the text is taken as English.
MIN_WORDS = 40
# Another language must have this many times English's count of function words to be taken over English:
# English texts quote foreign names and phrases ("die Welt", "le Monde").
MARGIN = 1.5
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# _WORD for a text of ASCII alone, where the letters it takes are these (a set looked up in a table, not each
# character's Unicode category).
_ASCII_WORD = re.compile(r"[A-Za-z]+")
# Chinese characters. Compiled when first used (re builds a map of the 65,536 first code points for this set, some
# 10 M instructions), and searched only in a text whose UTF-8 holds one of the lead bytes of U+4000-U+9FFF (E4-E9;
# a byte is looked for by memchr, where the pattern's scan, or max(), reads every character: 12-18 M on corpus/).
_CJK = LazyPattern(r"[\u4e00-\u9fff]")
_CJK_LEAD_BYTES = tuple(bytes([lead]) for lead in range(0xE4, 0xEA))
# A text with this share of Chinese characters among its letters is Chinese (of Hangul syllables, Korean).
CJK_SHARE = 0.3
# Japanese writes Chinese characters and its own syllabaries (kana: U+3040-U+30FF, UTF-8 lead byte E3) together, its
# grammar's endings always in kana: a text whose letters are this share kana (and CJK_SHARE kana and Chinese
# characters together) is Japanese. Chinese holds no kana; a Japanese news text about a fifth to a half.
KANA_SHARE = 0.1
_KANA = LazyPattern(r"[\u3040-\u30ff]")
# Korean's Hangul syllables (U+AC00-U+D7A3; UTF-8 lead bytes EA-ED): spaced words, but none of the function words
# above, so a Korean text was taken as English and its sentences linked to the readouts.
_HANGUL = LazyPattern(r"[\uac00-\ud7a3]")
_KANA_LEAD_BYTES = (b"\xe3",)
_HANGUL_LEAD_BYTES = tuple(bytes([lead]) for lead in range(0xEA, 0xEE))


def _chinese(sample: str) -> int:
    """How many Chinese characters the sample holds: letters themselves (the letters are counted only when there are
    any)."""
    return _count(sample, _CJK, _CJK_LEAD_BYTES)


def _count(sample: str, pattern: LazyPattern, leads: tuple[bytes, ...], encoded: bytes | None = None) -> int:
    """How many characters of a script's pattern the sample holds, searched only when its UTF-8 holds a lead byte."""
    if encoded is None:
        encoded = sample.encode("utf-8", "surrogatepass")  # a lone surrogate (an escape's) is written, not refused
    return len(pattern.findall(sample)) if any(map(encoded.__contains__, leads)) else 0


def _east_asian(sample: str) -> str | None:
    """"zh", "ja" or "ko" when the sample is written in that script (CJK_SHARE, KANA_SHARE); None otherwise."""
    encoded = sample.encode("utf-8", "surrogatepass")
    chinese = _count(sample, _CJK, _CJK_LEAD_BYTES, encoded)
    kana = _count(sample, _KANA, _KANA_LEAD_BYTES, encoded)
    hangul = _count(sample, _HANGUL, _HANGUL_LEAD_BYTES, encoded)
    if not (chinese or kana or hangul):
        return None
    letters = sum(ch.isalpha() for ch in sample)
    if hangul >= CJK_SHARE * letters:
        return "ko"
    if kana >= KANA_SHARE * letters and kana + chinese >= CJK_SHARE * letters:
        return "ja"
    return "zh" if chinese >= CJK_SHARE * letters else None


def _lowered_words(sample: str) -> list[str]:
    """The sample's words (_WORD), each lowered. Read in the sample folded when that is ASCII (text.fold makes the
    curly quotes, dashes and odd spaces plain, which no word holds, and lowers the letters: the same words, lowered),
    where a letter is an ASCII one: corpus/'s 13 samples, held in UCS-2 for their curly quotes, had each character's
    category looked up."""
    folded = fold(sample)
    if folded.isascii():
        return _ASCII_WORD.findall(folded)
    return list(map(str.lower, _WORD.findall(sample)))


def detect(text: str) -> str:
    """The language code of a text (ENGLISH when it is short or not clearly another language)."""
    sample = text[:20_000]
    script = _east_asian(sample)
    if script is not None:
        return script
    words = _lowered_words(sample)
    if len(words) < MIN_WORDS:
        return ENGLISH
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in vocab) for lang, vocab in FUNCTION_WORDS.items() if vocab}
    best = max(scores, key=lambda lang: (scores[lang], lang == ENGLISH))
    return best if best != ENGLISH and scores[best] >= MARGIN * max(1, scores[ENGLISH]) else ENGLISH


def name(code: str) -> str:
    return NAMES.get(code, code)
