"""Two patterns open on what their every match starts with (a closing mark; the word "talks"), so that re skips to
it instead of trying the pattern at every character: the same matches as the patterns as first written."""

import random
import re
from re import _compiler, _parser

from readout_viewer.core.language import speakers, synonyms

# The patterns as they were written before (speakers: an optional comma or stop before the mark; synonyms: the word
# before "talks" looked behind for at every character).
OLD_SAID_NAME = re.compile(r"[,.!?]?" + speakers._SAID_NAME.pattern)
OLD_TALKS = re.compile(r"(?:(?<=trade )|(?<=ceasefire )|(?<=cease-fire )|(?<=truce )|(?<=direct )|"
                       r"(?<=upcoming )|(?<=forthcoming )|(?<=future )|(?<=guarantees )|(?<=nuclear )|(?<=arms )|"
                       r"(?<=stability ))talks\b|"
                       r"\btalks(?=\s+(?:that\s+|which\s+)?(?:will|would|are\s+to|were\s+to)\s+"
                       r"(?:be\s+held|take\s+place|begin|start|open|resume)\b)")
TALKS = next(p for held, p, _ in synonyms.PHRASES if held == "talks")

PIECES = ["talks", "trade", "Xtrade", "talksx", "xtalks", "ceasefire", "cease-fire", "direct", "arms", "will", "be held",
          "that", "would", "are to", "take place", "begin", "the", ",", ".", "!", "?", "\u201d", "\u2019", "'", '"',
          "said", "Stated", "ADDS", "told", "Xi", "Biden", "Putin Vladimir", "O'Neil", "\n", "  ", "-"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(["", " "]) + rng.choice(PIECES) for _ in range(rng.randrange(2, 20))) for _ in range(n)]


def _prefixed(pattern: re.Pattern[str]) -> bool:
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    return bool(_compiler._get_literal_prefix(parsed, pattern.flags)[0]
                or _compiler._get_charset_prefix(parsed, pattern.flags))


def test_re_finds_a_first_literal_or_character_set_for_both_patterns():
    assert _prefixed(speakers._SAID_NAME)
    assert _prefixed(TALKS)
    assert not _prefixed(OLD_SAID_NAME) and not _prefixed(OLD_TALKS)


def _read(m: re.Match[str]) -> tuple[object, ...]:
    """What Speakers._after_quotes reads of a match."""
    return m.group("mark"), m.start("mark"), m.group("name"), m.start("name"), m.end()


def test_said_name_reads_the_same_marks_names_and_ends():
    texts = _texts(20000, 27)
    for t in texts:
        assert [_read(m) for m in OLD_SAID_NAME.finditer(t)] == [_read(m) for m in speakers._SAID_NAME.finditer(t)], t
    assert sum(speakers._SAID_NAME.search(t) is not None for t in texts) > 150  # the texts do name speakers


def test_talks_finds_the_same_spans():
    texts = [t.lower() for t in _texts(20000, 28)]
    for t in texts:
        assert [m.span() for m in OLD_TALKS.finditer(t)] == [m.span() for m in TALKS.finditer(t)], t
    assert sum(TALKS.search(t) is not None for t in texts) > 150  # the texts do hold such talks
