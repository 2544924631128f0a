"""Which language a document is written in, by its commonest words: the engine compares English texts."""

from __future__ import annotations

import re
from collections import Counter

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
    "zh": [],  # scripts without spaces are told by their characters (below)
}
NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "ru": "Russian",
         "uk": "Ukrainian", "pl": "Polish", "zh": "Chinese"}
# Fewer words than this and the guess is not worth making: the text is taken as English.
MIN_WORDS = 40
# Another language must have this many times English's count of function words to be taken over English:
# English texts quote foreign names and phrases ("die Welt", "le Monde").
MARGIN = 1.5
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A text with this share of Chinese characters among its letters is Chinese.
CJK_SHARE = 0.3


def detect(text: str) -> str:
    """The language code of a text (ENGLISH when it is short or not clearly another language)."""
    sample = text[:20_000]
    chinese = len(_CJK.findall(sample))  # letters themselves: the letters are counted only when there are any
    if chinese and chinese / sum(ch.isalpha() for ch in sample) >= CJK_SHARE:
        return "zh"
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return ENGLISH
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in vocab) for lang, vocab in FUNCTION_WORDS.items() if vocab}
    best = max(scores, key=lambda lang: (scores[lang], lang == ENGLISH))
    return best if best != ENGLISH and scores[best] >= MARGIN * max(1, scores[ENGLISH]) else ENGLISH


def name(code: str) -> str:
    return NAMES.get(code, code)
