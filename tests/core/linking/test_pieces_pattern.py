"""claim_parts._PIECES reads the spaces after a comma, or before a cut's word, once for all its cuts: the same cuts
as the pattern with one alternative for each."""

import random
import re

from readout_viewer.core.linking import claim_parts

# The pattern as it was, each cut its own alternative opening on ",\s+" or "\s+".
_SEPARATE = re.compile(r"[;:]|,\s+(?=including\s)|"
                       r",\s+(?:(?:during|in|to|at|after|from|through)\s+which|which|who|while|although|whereas|but|"
                       r"as|since|even though|followed\s+by|"
                       r"and\s+(?:we|he|she|they|i|it)(?=\s)|and\s+(?=(?:[a-z]+ed|began|said|told|made|gave|spoke|took)"
                       r"\s))\b|"
                       r"\s+(?:whereas|although|as\s+soon\s+as|once|until|unless|provided\s+that)\s+|\s+while\s+(?=[a-z]+ing\s)|"
                       r"\s+and\s+"
                       r"(?=[\"\u201c]?(?:remarked|said|noted|added|stressed|stated|told|warned|made\s+(?:it\s+)?clear)"
                       r"\s)|"
                       r"\s+and\s+(?=(?:[a-z]+(?:ed|s)|began|said|told|made|gave|spoke|took)\s+"
                       r"(?:to|the|a|an|that|its|their|his|her|our)\s)")
_WORDS = ("including", "during", "in", "which", "who", "while", "as", "soon", "since", "even", "though", "followed",
          "by", "and", "we", "it", "worked", "began", "said", "remarked", "made", "clear", "talks", "to", "the", "that", "once",
          "provided", "until", "confirming", "\"said", "\u201cnoted", "Which", "x")


def test_each_space_run_is_read_once():
    assert claim_parts._PIECES.pattern.count(r",\s+") == 1
    assert claim_parts._PIECES.pattern.count(r"|\s+") == 1


def test_the_cuts_are_those_of_one_alternative_each():
    rng = random.Random(26)
    for _ in range(4000):
        parts = []
        for _ in range(rng.randint(1, 12)):
            parts.append(rng.choice(_WORDS))
            parts.append(rng.choice((" ", "  ", ", ", ",  ", "; ", ":", " \n", ",")))
        sample = "".join(parts)
        assert claim_parts._PIECES.split(sample) == _SEPARATE.split(sample), sample
        assert [m.span() for m in claim_parts._PIECES.finditer(sample)] == \
            [m.span() for m in _SEPARATE.finditer(sample)], sample
