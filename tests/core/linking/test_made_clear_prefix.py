"""MADE_CLEAR opens on the literal "made", so that re skips to it instead of trying the pattern at every character of
a claim: the same spans as the pattern as first written."""

import random
import re
from re import _compiler, _parser

from readout_viewer.core.linking import divergence_cues

OLD = re.compile(r"\bmade\s+(?:it\s+)?clear\b")
PIECES = ["made", "clear", "it", "xmade", "madex", "clearly", "unclear", " ", "  ", "\n", "-", "made it clear", "a"]


def test_re_finds_a_literal_prefix():
    parsed = _parser.parse(divergence_cues.MADE_CLEAR.pattern, 0)
    assert _compiler._get_literal_prefix(parsed, 0)[0]


def test_the_same_spans_as_the_pattern_first_written():
    rng = random.Random(29)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 14))) for _ in range(20000)]
    for t in texts:
        assert [m.span() for m in OLD.finditer(t)] == [m.span() for m in divergence_cues.MADE_CLEAR.finditer(t)], t
    assert sum(OLD.search(t) is not None for t in texts) > 500  # the texts do make things clear
