"""Whether a full stop closes an abbreviation is worked out from the word before it, not by a regex search of the
twelve characters before the stop: the same answers as that search, over texts built of abbreviations, capitals,
initials, digits, "_", accented letters and line breaks."""

import random
import re

from readout_viewer.core.language import sentences
from readout_viewer.core.language.lexicon import STOPWORDS

# The search as it was written (sentences.py before the word was read).
OLD = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Prof|Amb|Pres|Sec|Dept|Jan|Feb|"
                 r"Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|vs|etc|approx|Inc|Corp|Ltd|Co)|"
                 r"\b[A-Z]|(?:\b[A-Za-z]\.)+[A-Za-z])\.$")
PIECES = ["Mr", "Mrs", "Sept", "Sep", "approx", "etc", "vs", "No", "Co", "Corp", "mr", "MR", "A", "b", "U", "S", "x",
          ".", ".", ".", " ", "\n", "word", "Words", "1", "_", "\u00e9", "\u00c9", "-", "(", "\u2019", "\u00b2",
          "Nos", "Dept", "ab", "Xy", " ", " ", ". ", "A.", "U.S.", "Mr.", " No."]


# A single capital after a lower-case word, a capitalised stop word after it: a word, not an initial ("on X. The").
WORD_BEFORE = re.compile(r"(?:^|[^A-Za-z])[a-z]+ [A-Z]\.$")
STOP_WORD_AFTER = re.compile(r"[\"'\u201d\u2019)\]\s]*([A-Z][A-Za-z]*)")


def old(text: str, start: int, stop: int) -> bool:
    lo = max(start, stop - sentences.ABBREVIATION_SPAN)
    if OLD.search(text, lo, stop) is None:
        return False
    after = STOP_WORD_AFTER.match(text, stop)
    return not (WORD_BEFORE.search(text[lo:stop]) and after and after.group(1).lower() in STOPWORDS)


def test_the_same_answers_as_the_search_before_every_stop():
    rng = random.Random(29)
    cases = found = 0
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 14)))
        for stop in range(len(text) + 1):
            for start in {0, rng.randrange(stop + 1), max(0, stop - 3)}:
                assert sentences.ends_in_abbreviation(text, start, stop) == old(text, start, stop), (text, start,
                                                                                                     stop)
                cases += 1
                found += old(text, start, stop)
    assert found > 2500 and cases - found > 25000, (found, cases)
    print(found, cases)  # both answers are asked often


def test_words_before_a_stop():
    assert sentences.ends_in_abbreviation("He met Mr.", 0, 10)
    assert sentences.ends_in_abbreviation("the U.S.", 0, 8)
    assert sentences.ends_in_abbreviation("J.", 0, 2)
    assert sentences.ends_in_abbreviation("in Sept.\n", 0, 9)  # a last line break, as "$" takes it
    assert not sentences.ends_in_abbreviation("He met Mr.", 8, 10)  # the word begins before `start`
    assert not sentences.ends_in_abbreviation("the talks.", 0, 10)
    assert not sentences.ends_in_abbreviation("Hamr.", 0, 5)  # "Mr" ends a longer word
    assert not sentences.ends_in_abbreviation("2Mr.", 0, 4)
    assert not sentences.ends_in_abbreviation("Mr", 0, 2)


def test_the_search_is_gone():
    assert not hasattr(sentences, "_ABBREV")  # no pattern is compiled or searched for it
