"""The cue finder compiles only the source names its texts hold, and finds the same cues as with every name."""

import random

from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cues import CueFinder
from readout_viewer.core.attributions.named_cues import named_in
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


def test_the_names_held_are_those_whose_whole_name_a_text_holds_whatever_words_the_texts_share():
    # named_in looks for a name whole only when the texts hold each of its words: the same answer as looking for
    # every name whole, for words held apart ("white ... house"), inside other words ("us" in "campus") or missing
    words = ["white", "house", "us", "campus", "side", "russian", "foreign", "ministry", "kremlin", "state", "media"]
    rng = random.Random(5)
    for _ in range(200):
        texts = [" ".join(rng.choices(words, k=rng.randint(0, 8))) for _ in range(rng.randint(1, 3))]
        names = {"  ".join(rng.choices(words, k=rng.randint(1, 3))) for _ in range(12)} | {"us side", "side us"}
        sources = [Source(name, ("x",)) for name in sorted(names)]
        joined = "\x00".join(" ".join(t.split()) for t in texts)
        assert named_in(sources, texts) == [s for s in sources if " ".join(s.name.split()) in joined]


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


BARE_SOURCES = SOURCES + [Source("chinese foreign ministry", ("cn",)), Source("us officials", ("us",), person=True,
                                                                           unnamed=True)]


def test_the_ministry_the_readout_and_the_official_stand_for_the_same_names_held_as_with_every_name():
    words = ["the", "kremlin", "white", "house", "said", "ministry", "us", "officials", "chinese", "russian",
             "foreign", "xinhua", "spoke", "talks", "went", "well"]
    bare = ["The ministry said", "The readout said", "An official said", "talks went well, said the official",
            "according to the readout", "the foreign ministry's statement says"]
    rng = random.Random(5)
    texts = [(" ".join(rng.choices(words, k=rng.randint(3, 12))) + ". ", rng.choice(bare) + " talks went well.")
             for _ in range(400)]
    every = CueFinder(BARE_SOURCES, set())
    held = CueFinder(BARE_SOURCES, set(), {a + b: fold(a + b) for a, b in texts})
    cues = [[f.find(a + b, len(a), len(a + b), people=p) for p in (True, False)] for a, b in texts for f in (held, every)]
    assert cues[::2] == cues[1::2]
    assert sum(c is not None and c.antecedent != "" for pair in cues[::2] for c in pair) > 100


def test_the_antecedent_patterns_hold_only_the_names_the_texts_hold():
    text = "The Kremlin spoke first. The readout said the talks went well."
    finder = CueFinder(BARE_SOURCES, set(), {text: fold(text)})
    ministries, institutions, officials = (finder._held.pattern(kind) for kind in range(3))
    assert ministries is None and "kremlin" in institutions.pattern and "white" not in institutions.pattern
    cue = finder.find(text, 25, len(text))
    assert cue is not None and cue.docs == ("ru",) and cue.antecedent == "The Kremlin"
    other = "The Chinese foreign ministry spoke. The ministry said the talks went well."
    cue = finder.find(other, 36, len(other))  # a text it was not given: every name
    assert cue is not None and cue.docs == ("cn",)


def test_a_letter_the_ignorecase_match_takes_for_an_ascii_one_keeps_every_name():
    # "\u017f" (long s) is "s" to re.IGNORECASE but not to fold(): the last ministry named is the one spelt with it
    text = "The Chinese foreign ministry spoke. The Ru\u017f\u017fian foreign ministry spoke. The ministry said so."
    at = text.index("The ministry")
    held, every = CueFinder(BARE_SOURCES, set(), {text: fold(text)}), CueFinder(BARE_SOURCES, set())
    assert held.find(text, at, len(text)) == every.find(text, at, len(text))
