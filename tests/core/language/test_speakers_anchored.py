"""The leader-subject pattern, tried only where a word opens with a capital or a "t", finds what it finds when tried
at every character."""

import random

from readout_viewer.core.language import anchored, speakers
from readout_viewer.core.language.speakers import _SUBJECT_START, _SUBJECT_VERB

TEXTS = [
    "The President said the talks went well. tHE RUSSIAN PRESIDENT stressed calm; the Russian leader also noted it.",
    "_The President said so. 9The president urged calm. \u00e9tThe President warned. The President of Russia said.",
    "Chinese President Xi Jinping, once again clearly stressed unity, and Berg told Sol that Per Sol agreed.",
    "the president of the United States repeatedly supported the deal. Ms Berg said. O'Neil-Smith told reporters.",
    "", "T", "t said", "The\u2019s President said", "President Biden said\nThe President thanked Xi.",
]
WORDS = ["The", "the", "THE", "President", "president", "of", "Russia", "Russian", "leader", "Berg", "Sol", "said",
         "told", "also", "again", ",", ".", "_x", "t", "T", "\u00e9t", "supported", "Xi", "Jinping", "it", "9a"]


def _everywhere(text):
    return [m.span() for m in _SUBJECT_VERB.finditer(text)]


def _anchored(text):
    return [m.span() for m in anchored.finditer(_SUBJECT_VERB, text, [m.start() for m in _SUBJECT_START.finditer(text)])]


def test_the_same_matches_on_literal_texts():
    for text in TEXTS:
        assert _anchored(text) == _everywhere(text), text
    assert _everywhere(TEXTS[0])  # the texts do hold matches


def test_the_same_matches_on_random_texts():
    rng = random.Random(16)
    for _ in range(400):
        text = "".join(rng.choice(WORDS) + rng.choice([" ", " ", "\n", "", "  "]) for _ in range(rng.randint(1, 30)))
        assert _anchored(text) == _everywhere(text), text


def test_found_reads_only_the_anchored_places(monkeypatch):
    tried = []
    real = anchored.finditer
    monkeypatch.setattr(anchored, "finditer", lambda p, text, at: tried.append(len(at)) or real(p, text, at))
    assert speakers.Speakers({"Berg": "NO"}).found("We met. Then Berg said it was fine.")
    assert tried == [3]  # "We", "Then" and "Berg": no other word opens with a capital or a "t"
