"""How a sentence judges the call itself: "frank", "constructive", "it went very well"."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from readout_viewer.core.language.lexicon import CALL_NOUNS, TONE_PHRASE, TONE_WORDS
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import fold, tokens

# A tone word judges the call when at most this many words stand between it and a word naming the call ("the
# exchange as 'frank and substantive'": 3; "in what was described as a 'very informative' and 'frank' conversation":
# 4).
TONE_REACH = 6
# "went (very) well" has the call for its subject, which may stand further back, behind whom it was with and when
# ("his call with Russian President Vladimir Putin earlier in the day went 'very well'": 10 words).
WENT_REACH = 12
# The sense of "went (very) well" (lexicon.TONE_PHRASE): that of "successful".
SUCCESS = concept("successful")
# A judgement hoped for or planned is not one of the call held ("I look forward to a candid discussion", "ready to
# have candid dialogue"): one of these words up to PROSPECT_REACH words before the tone word.
PROSPECTS = frozenset("hope hopes hoped forward ready will can could expect expects expected".split())
PROSPECT_REACH = 5


def judged(text: str, topical: bool = False) -> frozenset[str]:
    """The senses (lexicon.TONE_WORDS' concepts, "successful" for "went very well") in which a claim judges the
    call itself: a tone word within TONE_REACH words of a word naming the call ("described the exchange as 'frank
    and substantive'", "it was very substantive and quite frank"), not one that a hope or plan comes just before
    ("I look forward to a candid discussion"). `topical`: the claim names a topic, so its "it was" is that topic
    ("on Iran ... it was a useful opportunity"), not the call."""
    folded = fold(text)
    named_at = [m.start() for m in CALL_NOUNS.finditer(folded) if not (topical and m.group(1))]
    if not named_at:  # most claims: their words are not looked at
        return frozenset()
    words = [(t.start, t.norm) for t in tokens(text)]
    calls = [_index(words, at) for at in named_at]
    tones = [(i, concept(word), TONE_REACH) for i, (_, word) in enumerate(words) if word in TONE_WORDS]
    tones += [(_index(words, m.start()), SUCCESS, WENT_REACH) for m in TONE_PHRASE.finditer(folded)]
    return frozenset(sense for i, sense, reach in tones if any(abs(i - j) <= reach for j in calls)
                     and not any(word in PROSPECTS for _, word in words[max(0, i - PROSPECT_REACH):i]))


def _index(words: Sequence[tuple[int, str]], start: int) -> int:
    """The index of the word at or after a character offset."""
    return bisect_left(words, start, key=lambda w: w[0])
