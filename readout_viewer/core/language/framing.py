"""What a claim's loaded words frame and what its figures measure: the words that stand beside them."""

from __future__ import annotations

import re

from readout_viewer.core.language.figures import Figure
from readout_viewer.core.language.lexicon import LOADED, LOADED_MODIFIERS, NEUTRAL, STOPWORDS
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import Token, tokens


def loaded(words: list[str], world_war: bool, named: frozenset[str] = frozenset(),
           setting: frozenset[int] = frozenset()) -> frozenset[tuple[str, frozenset[str]]]:
    """Each loaded word, with the concept of the word it modifies when it is a loaded modifier. "War" loads only
    beside a name (`named`: the loaded or neutral words that stand beside one, see framed): "this war of Russia against
    Ukraine" frames, while "an END to the War" uses the common word ("the cessation of hostilities": the May 2025
    event's gold calls both pairs of that kind agree; six events that may be read: relation 0.948 -> 0.956, the rest
    unchanged); nor does the name of a world war, nor a word of the writer's setting (`setting`, see setting)."""
    out: list[tuple[str, frozenset[str]]] = []
    for i, word in enumerate(words):
        if i in setting:
            continue
        if word in LOADED and not (word == "war" and (world_war or word not in named or _placed(words, i))):
            out.append((word, frozenset()))
        elif word in LOADED_MODIFIERS:
            head = i + 3 if words[i + 1:i + 2] in (["and"], ["or"]) else i + 1  # "unprovoked and unjustified war"
            if head < len(words) and words[head] not in STOPWORDS:
                out.append((word, frozenset({concept(words[head])})))
    return frozenset(out)


def _placed(words: list[str], i: int) -> bool:
    """Whether the word at `i` is "the war in ...": the war named by where it is fought, the name every side's outlets
    use ("any agreement to end the war in Ukraine", "talks with both sides of the war in Ukraine"), while "this war of
    Norway against Denmark", "the war with Sweden" and "Russia's war" are the writer's words for who wages it. Only
    "the" before the war and "in" after it: the verb before it says nothing of who wages it (rel2: "both sides of the
    war in Ukraine" / "both sides of the conflict", gold agree in all four texts of the May 2023 event)."""
    return i >= 1 and words[i - 1] == "the" and words[i + 1:i + 2] == ["in"]


# The writer's own setting of a report: "amid" and what follows it up to a comma or the sentence's end ("sharing plans
# to send a peace envoy to Ukraine amid the country's war with Russia"). Its words are the outlet's narration, not words
# it pins on a readout, so a loaded word there frames nothing apart from the readout's "crisis".
_SETTING = re.compile(r"\b(?:amid|amidst)\b[^,;:.!?\u2014]*")


def setting(toks: list[Token], folded: str) -> frozenset[int]:
    """The indices of the tokens in the writer's setting of a claim (_SETTING)."""
    spans = [m.span() for m in _SETTING.finditer(folded)]
    return frozenset(i for i, t in enumerate(toks) if any(s <= t.start < e for s, e in spans))


# A name this many words after a loaded or neutral word, or just before it, is what it frames ("the war with
# Ukraine", "the situation around Iran", "the Ukraine crisis").
FRAMED_REACH = 3


def framed(toks: list[Token], text: str) -> frozenset[tuple[str, str]]:
    """Each loaded or neutral word with the names (capitalised words) beside it: the war or situation of where."""
    out = []
    for i, tok in enumerate(toks):
        if tok.norm in LOADED or tok.norm in NEUTRAL:
            near = toks[max(0, i - 1):i] + toks[i + 1:i + 1 + FRAMED_REACH]
            out += [(tok.norm, concept(t.norm)) for t in near if text[t.start:t.start + 1].isupper()
                    and t.norm not in STOPWORDS]
    return frozenset(out)


# The words each side of a figure that say what it measures ("a 30-day ceasefire", "the War of Independence – 250
# years ago"): a figure that one claim alone gives sets it apart only when the other claim shares one of them.
FIGURE_REACH = 4


def beside_figures(found: tuple[Figure, ...], words: list[str]) -> frozenset[tuple[str, str]]:
    """Each figure's words with the content concepts within FIGURE_REACH words of it."""
    out = []
    for f in found:
        own = [t.norm for t in tokens(f.words)]  # as the claim's words are cut: "25,000" is two of them
        for i in (i for i in range(len(words)) if own and words[i] == own[0]
                  and all(w.startswith(o) for w, o in zip(words[i + 1:i + len(own)], own[1:]))):
            near = words[max(0, i - FIGURE_REACH):i] + words[i + len(own):i + len(own) + FIGURE_REACH]
            out += [(f.words, concept(w)) for w in near if w not in STOPWORDS and not w.isdigit()]
    return frozenset(out)
