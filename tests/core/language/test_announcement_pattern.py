"""The announcement pattern ("say a few words about") opens on its literal "say", its word boundary checked behind
it, so that re scans for the literal instead of trying the pattern at every character: the same matches."""

import random
import re

from readout_viewer.core.language import kinds

# The pattern as it was written, with a leading word boundary.
OLD = re.compile(r"\bsay (?:a few|some|several) words (?:about|on|regarding)\b")
BEFORE = ["", " ", "to ", "essay", "_", "1", "\u00e9", "\u0416", "-", "\u2019", "x", ".", "\n", "S"]
MIDDLE = [" a few", " some", " several", "  a few", " many", "a few"]
AFTER = [" words about", " words on", " words regarding", " words onto", " word about", " words  on", " words"]
END = ["", " it", "x", ".", "_", "\u00e9"]


def test_the_pattern_opens_on_its_literal():
    assert kinds._ANNOUNCEMENT.pattern.startswith("say")


def test_the_same_matches_as_the_leading_word_boundary():
    rng = random.Random(16)
    texts = ["".join(rng.choice(part) for part in (BEFORE, ["say", "Say", "sa", "ay"], MIDDLE, AFTER, END))
             for _ in range(6000)]
    texts += [text + " " + more for text, more in zip(texts, reversed(texts))]
    for text in texts:
        old, new = OLD.search(text), kinds._ANNOUNCEMENT.search(text)
        assert (old and old.span()) == (new and new.span()), text
    assert sum(OLD.search(t) is not None for t in texts) > 100  # the texts do hold announcements
