"""The cue finder searches a sentence with a pattern only when the sentence holds one of the pattern's words
(attributions/gates.py), and finds the same cues as when it searches every sentence with every pattern."""

import random

from readout_viewer.core.attributions import gates
from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cues import CueFinder
from readout_viewer.core.language.text import fold

SOURCES = [Source("kremlin", ("ru",)), Source("white house", ("us",)), Source("chinese foreign ministry", ("cn",)),
           Source("peskov", ("ru",), person=True), Source("putin", ("ru",), person=True, leader=True),
           Source("us officials", ("us",), person=True, unnamed=True), Source("russia", ("ru",), weak=True)]
WORDS = ["the", "Kremlin", "kremlin", "White", "House", "said", "says", "SAID", "according", "to", "citing", "Peskov",
         "told", "reporters", "Putin", "ministry", "Ministry", "MINISTRY", "mini\u017ftry", "readout", "statement",
         "official", "Official", "representative", "as", "by", "described", "called", "stated", "in", "a", "press",
         "release", "published", "on", "website", "Andrew", "Weiss", "an", "analyst", "added", ",", "\u201d", "\"",
         "talks", "went", "well", "Chinese", "foreign", "put", "it", "was", "quoted", "saying", "took", "social",
         "media", "praise", "reads", "\u212aremlin", "Sullivan", "later", "noted", "also", "has", "Tuesday"]


def _sentences(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choices(WORDS, k=rng.randint(3, 14))) + "." for _ in range(n)]


def _finders(texts):
    given = {t: fold(t) for t in texts}
    return CueFinder(SOURCES, {"putin"}, given), CueFinder(SOURCES, {"putin"})


def test_a_sentence_without_a_pattern_s_words_is_not_searched_with_it():
    assert not gates.holds(fold("The talks went well, and both sides want more."), gates.VERBS + gates.BY)
    assert gates.holds(fold("The Kremlin SAID so."), gates.VERBS)


def test_a_letter_a_case_insensitive_match_takes_for_an_ascii_one_opens_the_gate():
    text = "The Chinese foreign ministry spoke first. The mini\u017ftry said the talks went well."
    at = text.index("The mini")
    finder = CueFinder(SOURCES, set())
    cue = finder.find(text, at, len(text))
    assert gates.gate_text(text[at:], fold(text[at:])) != fold(text[at:])
    assert cue is not None and cue.docs == ("cn",) and cue.antecedent == "The Chinese foreign ministry"


def test_the_same_cues_as_searching_every_sentence_with_every_pattern(monkeypatch):
    texts = _sentences(500, 7)
    lead = "The White House and the Chinese foreign ministry spoke. "
    found = [[f.find(lead + t, len(lead), len(lead + t), people=p) for p in (True, False) for f in _finders(
        [lead + t])] for t in texts]
    monkeypatch.setattr(gates, "holds", lambda text, needles: True)
    every = [[f.find(lead + t, len(lead), len(lead + t), people=p) for p in (True, False) for f in _finders(
        [lead + t])] for t in texts]
    assert found == every
    assert sum(c is not None for row in found for c in row) > 200  # the sentences do hold cues


def test_every_match_of_a_pattern_holds_one_of_its_words():
    texts = _sentences(400, 11)
    held, every = _finders(texts)
    for finder in (held, every):
        for text in texts:
            seen = gates.gate_text(text, fold(text))
            for pattern, _, needles in finder.mapped:
                assert pattern.search(fold(text)) is None or gates.holds(seen, needles), (pattern.pattern, text)
            for pattern, *_, needles in finder.bare:
                assert pattern.search(text) is None or gates.holds(seen, needles), (pattern.pattern, text)
            for pattern, _, needles in finder.people:
                assert pattern.search(text) is None or gates.holds(seen, needles), (pattern.pattern, text)
