"""The cue finder's patterns for rarer constructions ("described by X as", "according to a readout released by X",
"the ministry said") are compiled only for a sentence holding the construction (language/triggered.py), and find
what the patterns compiled outright find."""

import random
import re

import pytest

from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cues import CueFinder
from readout_viewer.core.language.text import fold
from readout_viewer.core.language.triggered import Triggered

SOURCES = [Source("kremlin", ("ru",)), Source("white house", ("us",)), Source("russian foreign ministry", ("ru",)),
           Source("peskov", ("ru",), person=True), Source("putin", ("ru",), person=True, leader=True),
           Source("us officials", ("us",), person=True, unnamed=True)]
# Words and phrases the random sentences are made of: the constructions with triggers, in pieces and whole.
PHRASES = ["the", "The", "Kremlin", "White House", "said", "according to", "described by", "as", "candid", "a",
           "readout", "statement", "released by", "issued", "the ministry", "The foreign Ministry", "the official",
           "an official", "senior", "stated by", "as assessed by", "did not mention", "omitted", "Peskov", "Putin",
           ",", "\u201d", "of", "the call", "from", "published", "on", "website", "in", "press release", "the",
           "the mini\u017ftry", "the full readout", "said", "added", "described by the Kremlin as",
           "according to a readout released by the White House", "according to a statement issued by"]


def _compiles(pattern_text: str, run, monkeypatch) -> int:
    """How many cue patterns (with a phrase group: not a trigger) holding `pattern_text` are handed to re.compile
    while `run()` runs."""
    seen: list[str] = []
    compile_ = re._compile  # type: ignore[attr-defined]

    def spy(p, flags=0):
        seen.append(p if isinstance(p, str) else "")
        return compile_(p, flags)
    with monkeypatch.context() as patched:
        patched.setattr(re, "_compile", spy)
        run()
    return sum(pattern_text in p and "(?P<phrase>" in p for p in seen)


def test_a_folder_without_the_construction_compiles_none_of_its_patterns(monkeypatch):
    text = "The talks were held by the sea. The Kremlin said the call went well. The ministry of defence was closed."
    cues: list = []

    def run():
        finder = CueFinder(SOURCES, set(), {text: fold(text)})
        cues.extend(finder.find(text, 0, len(text)) for _ in range(2))
    assert _compiles(r"characteri[sz]ed|called|termed)\s+by", run, monkeypatch) == 0
    assert _compiles(r"(?:foreign\s+)?ministry(?:'s)?", run, monkeypatch) == 0
    assert _compiles(r"(?:released|issued|published", run, monkeypatch) == 0
    assert _compiles(r"\bas\s+(?:assessed", run, monkeypatch) == 0
    assert _compiles("(?P<aide>", run, monkeypatch) >= 1  # "The Kremlin said": the subject pattern has no trigger
    assert cues[0] is not None and cues[0].docs == ("ru",)


def test_a_sentence_with_the_construction_finds_its_cue():
    text = "The call, described by the Kremlin as candid, lasted an hour."
    cue = CueFinder(SOURCES, set(), {text: fold(text)}).find(text, 0, len(text))
    assert cue is not None and cue.docs == ("ru",) and text[cue.start:cue.end] == "the Kremlin"


def test_the_same_matches_as_the_patterns_compiled_outright():
    rng = random.Random(5)
    texts = [" ".join(rng.choices(PHRASES, k=rng.randint(4, 14))) + "." for _ in range(600)]
    finder = CueFinder(SOURCES, set())
    found = 0
    for text in texts:
        for pattern, *_ in finder.mapped:
            whole = re.compile(pattern.pattern)
            spans = [m.span() for m in pattern.finditer(fold(text))]
            assert spans == [m.span() for m in whole.finditer(fold(text))], (pattern.pattern, text)
            found += bool(spans)
        for pattern, *_ in finder.bare:
            whole = re.compile(pattern.pattern, re.IGNORECASE)
            for start in (0, 4):
                got, want = pattern.search(text, start, len(text) - 1), whole.search(text, start, len(text) - 1)
                assert (got and got.span()) == (want and want.span()), (pattern.pattern, text)
                found += got is not None
    assert found > 300  # the sentences do hold cues


def test_a_trigger_must_be_a_part_of_its_pattern():
    with pytest.raises(ValueError):
        Triggered(r"\bdescribed\s+by\s+\w+", r"\bcalled\s+by")
    described = Triggered(r"\bdescribed\s+by\s+(\w+)", r"\s+by\s+")
    assert described.search("It was described by Moscow.").group(1) == "Moscow"
    assert described.search("It was described as candid.") is None


def test_a_document_noun_without_stated_in_or_published_on_compiles_not_the_published_pattern(monkeypatch):
    text = "The Kremlin's readout of the call was short. The White House statement from Monday said little."
    cues: list = []

    def run():
        finder = CueFinder(SOURCES, set(), {text: fold(text)})
        cues.extend(finder.find(text, start, end) for start, end in ((0, 44), (45, len(text))))
    assert _compiles(r"(?:in|on)\s+(?P<phrase>", run, monkeypatch) == 0
    placed = "This was stated in a press release published on the Kremlin's website."
    cue = CueFinder(SOURCES, set(), {placed: fold(placed)}).find(placed, 0, len(placed))
    assert cue is not None and cue.docs == ("ru",) and placed[cue.start:cue.end].startswith("a press release")
