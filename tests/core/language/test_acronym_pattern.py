"""The acronym pattern opens on a capital, the word's start checked behind it, so that re scans for capitals: the same
acronyms, at the same places, as the pattern written with a word boundary first."""

import random
import re
from re import _compiler, _parser

from readout_viewer.core.language import acronyms

OLD = re.compile(r"\b[A-Z]{2,6}\b")
PIECES = ["EU", "NATO", "JCPOA", "UNGA", "ABCDEFG", "A", "Us", "u", "x", "1", "_", "\u00c9", "\u00e9", "-", " ", ".",
          "'", "(", "\u2019", "Q", "PM", "\u0394"]


def test_re_finds_a_first_character_set_for_the_pattern():
    assert _compiler._get_charset_prefix(_parser.parse(acronyms._ACRONYM.pattern, 0), 0) is not None


def test_the_same_acronyms_as_a_word_boundary_first():
    rng = random.Random(23)
    found = 0
    for _ in range(8000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))
        start = rng.randrange(len(text) + 1)
        assert [m.span() for m in acronyms._ACRONYM.finditer(text)] == [m.span() for m in OLD.finditer(text)], text
        assert [m.span() for m in acronyms._ACRONYM.finditer(text, start)] == [
            m.span() for m in OLD.finditer(text, start)], (text, start)
        found += bool(OLD.search(text))
    assert found > 1500
