"""The cue finder's patterns hold only the verbs of saying its texts may match (alternations.Held): a verb whose letters
no text holds is left out of the patterns it compiles, and every cue found is the one the patterns with every verb
find."""

import random
import re

from readout_viewer.core.attributions.alternations import Held, alternatives, held_run
from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cue_words import VERBS
from readout_viewer.core.attributions.cues import CueFinder
from readout_viewer.core.attributions.gates import gate_text
from readout_viewer.core.language.text import fold

SOURCES = [Source("kremlin", ("ru",)), Source("white house", ("us",)), Source("russian foreign ministry", ("ru",)),
           Source("peskov", ("ru",), person=True), Source("putin", ("ru",), person=True, leader=True),
           Source("us officials", ("us",), person=True, unnamed=True)]
# Pieces of sentences: sources, bare cues, verbs whole and in pieces (a verb's letters inside another word: "quoted"
# in "misquoted", "call" in "recall"), capitals, curly quotes and a letter re.IGNORECASE takes for an ASCII one.
PHRASES = ["The", "the", "Kremlin", "White House", "Putin", "Peskov", "Andrew Weiss", "the ministry", "the readout",
           "an official", "it", ",", "\u201d", "\u201c", "candid", "said", "SAID", "tweeted", "misquoted", "was quoted",
           "by TASS", "as saying", "took to", "social media", "to praise", "called", "recall", "the talks", "also",
           "made it clear", "emphasised", "spoke of", "points out", "characteri\u017fed", "on Tuesday", "Weiss, an analyst,",
           "discussed", "and", "stating", "read", "mentioned", "statement from the Kremlin", "that", "the call"]


def test_alternatives_give_the_alternation_back():
    parts = alternatives(VERBS)
    assert "|".join(parts) == VERBS and len(parts) > 60
    assert alternatives(r"a(?:b|c)|[|)]d|e\|f") == ["a(?:b|c)", "[|)]d", r"e\|f"]


def test_held_run_is_held_by_every_match():
    assert held_run("says?") == "say"  # the "s" may be left out
    assert held_run(r"emphasi[sz]ed") == "emphasi"
    assert held_run(r"(?:was|were)\s+quoted(?:\s+by(?:\s+[\w\-]+){1,4}?)?\s+as\s+saying") == "quoted"
    assert held_run(r"took to (?:[\w\-]+\s+){1,3}?to\s+[a-z]+") == "took to "
    assert held_run(r"call(?:s|ed)(?=\s+[\"\u201c])") == "call"
    assert held_run(r"x[]a]yz") == "yz" and held_run(r"[\]a]bc") == "bc" and held_run("a{2}b") == "b"
    assert held_run(r"(?:a|b)") == "" and held_run(r"\bfoo") == "foo"


def test_an_alternation_keeps_the_alternatives_the_texts_may_match():
    held = Held("putin said and made it clear\x00the recall")
    assert held("said|tweeted|made (?:it )?clear|call(?:s|ed)") == "said|made (?:it )?clear|call(?:s|ed)"
    assert held("tweeted|vowed") == "(?!)"  # nothing left: a pattern that matches nothing, as before
    assert Held(None)("tweeted|vowed") == "tweeted|vowed"


def test_a_finder_compiles_no_verb_its_texts_lack():
    text = "The Kremlin said the call went well. An official said it was frank, Andrew Weiss said."
    finder = CueFinder(SOURCES, set(), {text: fold(text)})
    patterns = [p.pattern for p, *_ in finder.mapped + finder.bare] + [p.pattern for p, *_ in finder.people]
    assert all("tweeted" not in p and "quoted" not in p for p in patterns)
    assert sum("said" in p for p in patterns) > 5


def test_the_same_cues_as_with_every_verb():
    rng = random.Random(11)
    texts = [" ".join(rng.choices(PHRASES, k=rng.randint(4, 16))) + "." for _ in range(500)]
    found = 0
    for n in range(0, len(texts), 5):  # folders of 5 texts: each holds some of the verbs
        folder = texts[n:n + 5]
        held = CueFinder(SOURCES, set(), {t: fold(t) for t in folder})
        every = CueFinder(SOURCES, set())
        for text in folder:
            for start in (0, 5):
                got = held.find(text, start, len(text))
                assert got == every.find(text, start, len(text)), text
                found += got is not None
    assert found > 150


def test_cut_verbs_match_as_every_verb_on_the_texts():
    rng = random.Random(3)
    texts = [" ".join(rng.choices(PHRASES, k=rng.randint(3, 12))) for _ in range(300)]
    held = Held("\x00".join(gate_text(t, fold(t)) for t in texts[:150]))
    for flags in (0, re.IGNORECASE):
        cut, whole = (re.compile(rf"\b(?:{verbs})\b", flags) for verbs in (held(VERBS), VERBS))
        for text in texts[:150]:
            for searched in (text, fold(text)):
                assert [m.span() for m in cut.finditer(searched)] == [m.span() for m in whole.finditer(searched)]
