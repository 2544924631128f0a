"""The subject cue's look-behinds, one per length of preposition, fail where the look-behind per preposition did."""

import random
import re

from readout_viewer.core.attributions import alternations, cue_words, cues


def _one_per_word(words):
    return "".join(rf"(?<!\b{re.escape(w)} )" for w in words)


def test_one_look_behind_per_length():
    assert alternations.not_after(("of", "in", "from", "about")) == r"(?<!\b(?:of|in) )(?<!\b(?:from) )(?<!\b(?:about) )"


def test_the_same_starts_as_a_look_behind_per_preposition():
    grouped = re.compile(alternations.not_after(cue_words.PREPOSITIONS) + r"(?:russia|kremlin)\b")
    single = re.compile(_one_per_word(cue_words.PREPOSITIONS) + r"(?:russia|kremlin)\b")
    words = [*cue_words.PREPOSITIONS, "russia", "kremlin", "the", "said", "proof", "twin", "a", "x", ",", "-", "\n"]
    rng = random.Random(4)
    for _ in range(3000):
        text = rng.choice(["", " "]).join(rng.choices(words, k=rng.randint(1, 8)))
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in single.finditer(text)], text


def test_a_subject_after_a_preposition_is_no_speaker():
    finder = cues.CueFinder([cues.Source("kremlin", ("ru",))], set())
    text = "A spokesman of the Kremlin said the talks went well."
    cue = finder.find(text, 0, len(text))
    assert cue is None or text[cue.start:cue.end] != "the Kremlin"
    said = "The Kremlin said the talks went well."
    assert finder.find(said, 0, len(said)).docs == ("ru",)
