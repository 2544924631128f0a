"""The subject pattern takes each capitalised word's letters whole: the same matches as when it gave them back."""

import random
import re

from readout_viewer.core.language import anchored, speakers

_PIECES = ["Biden", "Putin", "Xi Jinping", "President", "the Russian president", "The President", "the President of",
           "Russia", "said", "Said", "told", "Told", "also", "then", ",", "O'Neil", "Jean-Luc", "Zelensky’s", "the",
           "of", "United States", ".", "\n", "Mr", "supported", "stressed", "Stressed", "and", "Minister", "Lavrov",
           "that", "He", "Sergei", "Ryabkov-Smith", "made clear", "US", "U.S."]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    starts = [at.start() for at in speakers._SUBJECT_START.finditer(text)]
    return [(m.span(), m.groupdict()) for m in anchored.finditer(pattern, text, starts)]


def test_a_name_word_is_taken_whole():
    assert speakers._NAME_WORD.endswith("++")
    assert speakers._SUBJECT_VERB.match("Chinese President Xi Jinping said").group("name") == "Chinese President Xi Jinping"
    assert speakers._SUBJECT_VERB.match("Biden Said").group("name") == "Biden"  # a capitalised verb is still a verb


def test_the_same_matches_as_the_subject_pattern_giving_letters_back():
    giving_back = re.compile(speakers._SUBJECT_VERB.pattern.replace("++", "+"), speakers._SUBJECT_VERB.flags)
    rng = random.Random(14)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) + rng.choice([" ", " ", "  ", ", ", ""]) for _ in range(rng.randint(1, 12)))
        want = _found(giving_back, text)
        assert _found(speakers._SUBJECT_VERB, text) == want, text
        found += bool(want)
    assert found > 500
