"""A leader's name is found in an official text where a search for it as a whole word finds it, by a literal search
with the word's edges checked (`unheard.named_at`), not a pattern compiled for each name."""

import random
import re

from readout_viewer.core.attributions.unheard import named_at

NAMES = ["Xi", "Xi Jinping", "Olaf Scholz", "Scholz", "Erdo\u011fan", "O'Neil"]
PIECES = NAMES + [" ", "_", "a", "s", "1", "-", ".", "'", "\u00e9", "\u011f", "\u2019", "President ", "Jinping", "X",
                  "i"]


def test_a_name_inside_a_word_is_not_found():
    assert named_at("Xin met Xi, and Xi_ was XiXi", "Xi") == [8]


def test_the_places_a_whole_word_search_finds():
    rng = random.Random(47)
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))
        name = rng.choice(NAMES)
        places = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
        assert named_at(text, name) == places, (text, name)
        found += len(places)
    assert found > 200
