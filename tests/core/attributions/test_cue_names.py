"""The cue finder compiles only the source names its texts hold, and finds the same cues as with every name."""

import random

from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cues import CueFinder, named_in
from readout_viewer.core.language.text import fold

SOURCES = [Source("russian federation's foreign ministry", ("ru",)), Source("russian foreign ministry", ("ru",)),
           Source("white house", ("us",)), Source("kremlin", ("ru",)), Source("peskov", ("ru",), person=True),
           Source("xinhua", ("cn",)), Source("russia", ("ru",), weak=True)]


def test_only_the_names_a_text_holds_are_kept_even_across_a_line_break():
    texts = ["The White\nHouse said on Friday that ...", "According to the Kremlin’s readout, ..."]
    assert [s.name for s in named_in(SOURCES, map(fold, texts))] == ["white house", "kremlin"]


def test_a_name_split_by_two_spaces_or_a_no_break_space_is_still_held_and_one_inside_a_word_too():
    # "russia" inside "russian" is kept: holding the letters is what a match needs, not what makes one
    assert [s.name for s in named_in(SOURCES, [fold("the russian  foreign\u00a0ministry said")])] == [
        "russian foreign ministry", "russia"]


def _cues(finder, text):
    return [finder.find(text, 0, len(text), people=people) for people in (True, False)]


def test_the_same_cues_with_the_names_held_as_with_every_name():
    words = ["the", "kremlin", "white", "house", "said", "according", "to", "peskov", "told", "russian", "foreign",
             "ministry", "xinhua", "reported", "by", ",", "as", "stated", "russia", "that", "talks", "went", "well"]
    rng = random.Random(11)
    texts = [" ".join(rng.choices(words, k=rng.randint(4, 18))) for _ in range(300)]
    every, held = CueFinder(SOURCES, set()), CueFinder(SOURCES, set(), {t: fold(t) for t in texts})
    assert len(held.mapped) == len(every.mapped)
    assert [_cues(held, t) for t in texts] == [_cues(every, t) for t in texts]
    assert sum(c is not None for t in texts for c in _cues(held, t)) > 100  # the texts do name sources


def test_a_text_the_finder_was_not_given_is_read_with_every_name():
    finder = CueFinder(SOURCES, set(), {"Nothing is named here.": "nothing is named here."})
    text = "The Kremlin said the talks went well."
    cue = finder.find(text, 0, len(text))
    assert cue is not None and cue.docs == ("ru",) and text[cue.start:cue.end] == "The Kremlin"
