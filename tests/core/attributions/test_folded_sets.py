"""The patterns naming sources outright are searched in folded text, which holds no curly double quote or
apostrophe: their sets name the straight marks alone (compiled as 256 bits, not a 64 K map), and they find what the sets with the curly
quotes found."""

import random
import re
import sys
from re import _parser  # type: ignore[attr-defined]

from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cues import CueFinder
from readout_viewer.core.language.text import fold

SOURCES = [Source("kremlin", ("ru",)), Source("white house", ("us",)), Source("peskov", ("ru",), person=True),
           Source("putin", ("ru",), person=True, leader=True)]
PIECES = ["The Kremlin", "Putin", "said", "\u201cWe agreed,\u201d", "\u201d said", "\u201c", "\u201d", ",", "\"",
          "echoed the plan", "echoed \u201cthe plan\u201d", "saying", "noting", "Peskov", "the White House", "reads",
          "a statement from", "the Kremlin\u2019s readout", "yesterday", ".", "an aide", "called the talks", "called them \u2019useful\u2019", "\"good\""]
# The outright patterns holding a set the curly marks were dropped from: the subject's (three times: an aide after
# "'s", after the name, "a Downing Street spokesperson said", or before it, "a spokesperson for Sunak said"), the
# participle's, "a statement from X said" (the verbs' "called"), the inverted cue's (twice: the source's name, and an
# account released by it, '"...," said a readout released by X'), "A and B discussed" (no verb of saying after it),
# and the verbs' "called" after a text named with its being put out ("a Kremlin statement released on Tuesday said")
# and after an institution's time adverb ("the Kremlin earlier said").
CHANGED = 10
CURLY = ("\u201c", "\u201d", "\u2019")


def _old(pattern: str) -> str:
    """A folded pattern as it was written before, with the curly quotes in its sets."""
    return (pattern.replace(r"[,\"]\s*", r"[,\"\u201d]\s*").replace(r"[^,.;:\"]", r"[^,.;:\"\u201c\u201d]")
            .replace(r"[\w\-']+\s+){0,6}", r"[\w\-\u2019']+\s+){0,6}"))
# re compiles a set past Latin-1 of at most two runs of characters as ranges, of more as a 64 K-character map.
MAP_RUNS = 2


def _sets(parsed):
    """Every character set of a parsed pattern, as its list of items."""
    for op, av in parsed:
        if op is _parser.IN:
            yield av
        for part in av if isinstance(av, (tuple, list)) else ():
            subs = part if isinstance(part, (tuple, list)) else (part,)
            yield from (s for sub in subs if isinstance(sub, _parser.SubPattern) for s in _sets(sub))


def test_folded_text_holds_no_curly_double_quote():
    others = (chr(c) for c in range(sys.maxunicode + 1) if chr(c) not in CURLY)
    assert not any(q in other.lower() for other in others for q in CURLY)
    assert not any(q in fold("He said \u201cyes\u201d, \u201eno\u201c \u201d.") for q in CURLY)


def test_the_named_patterns_sets_compile_without_a_64k_map():
    for pattern, *_ in CueFinder(SOURCES, set()).mapped:
        for items in _sets(_parser.parse(pattern.pattern)):
            chars = sorted(av for op, av in items if op is _parser.LITERAL)
            runs = sum(1 for i, c in enumerate(chars) if i == 0 or chars[i - 1] != c - 1)
            assert all(c < 256 for c in chars) or runs <= MAP_RUNS, items


def test_the_same_matches_in_folded_text_as_with_the_curly_quotes():
    rng = random.Random(10)
    texts = [" ".join(rng.choices(PIECES, k=rng.randint(3, 12))) + "." for _ in range(400)]
    found = 0
    patterns = [pattern for pattern, *_ in CueFinder(SOURCES, set()).mapped]
    assert sum(_old(p.pattern) != p.pattern for p in patterns) == CHANGED
    for pattern in patterns:
        old = re.compile(_old(pattern.pattern))
        for text in texts:
            spans = [m.span() for m in pattern.finditer(fold(text))]
            assert spans == [m.span() for m in old.finditer(fold(text))], (pattern.pattern[:80], text)
            found += bool(spans)
    assert found > 100  # the sentences do hold cues
