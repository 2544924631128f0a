"""The source names as one factored alternation: the same matches, in the same order, as the names listed longest first."""

import random
import re

from readout_viewer.core.attributions import alternations, cue_words
from readout_viewer.core.attributions.alternations import alternation as _alternation
from readout_viewer.core.attributions.cited import Source

NAMES = ["united states of america's ministry of foreign affairs", "russian federation's foreign ministry",
         "russian foreign ministry", "russia's government", "u.s. foreign ministry", "russian government", "russia",
         "russian", "the kremlin", "kremlin", "peskov", "u.s."]


def _plain(names):
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))


def _matches(alternation, texts):
    pattern = re.compile(rf"(?P<name>{alternation})\b(?:\s+(?P<verb>said|says))?")
    return [[(m.span(), m.group("name"), m.group("verb")) for m in pattern.finditer(t)] for t in texts]


def test_factored_names_match_as_the_names_longest_first():
    texts = ["the russian  foreign ministry said", "russia's government says", "russians said", "u.s. foreign ministry",
             "kremlin said and the kremlin says", "united states of america's ministry of foreign affairs said"]
    names = sorted(NAMES, key=len, reverse=True)
    assert _matches(_alternation(names), texts) == _matches(_plain(names), texts)
    assert len(_alternation(names)) < len(_plain(names))


def test_random_names_and_texts_agree():
    rng = random.Random(7)
    words = ["ab", "abc", "a", "b", "ba", "c", "ab.", "x y"]
    for _ in range(200):
        names = sorted({" ".join(rng.choices(words, k=rng.randint(1, 3))) for _ in range(rng.randint(1, 8))},
                       key=len, reverse=True)
        texts = [" ".join(rng.choices(words + ["said", "says"], k=8)) for _ in range(5)]
        assert _matches(_alternation(names), texts) == _matches(_plain(names), texts), names


def test_no_names_make_an_empty_alternation():
    assert _alternation([]) == ""


def test_a_list_of_names_is_factored_once(monkeypatch):
    built = []
    real = alternations.alternation
    monkeypatch.setattr(alternations, "alternation", lambda names: built.append(tuple(names)) or real(names))
    alternations.alternation_of.cache_clear()
    sources = [Source("the kremlin", ("a",)), Source("kremlin", ("a",)), Source("white house", ("b",))]
    first = cue_words.names_pattern(sources)
    assert cue_words.names_pattern(sources, subject=True).endswith(first) and cue_words.names_pattern(sources) == first
    assert built == [("the kremlin", "kremlin", "white house")]
