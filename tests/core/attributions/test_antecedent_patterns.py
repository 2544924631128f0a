"""The cue finder compiles the pattern of a kind of antecedent (ministries, institutions, officials' sides) only when
a cue of that kind needs it, once, and finds the same cues as with every pattern compiled up front."""

from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cues import CueFinder
from readout_viewer.core.language.text import fold

SOURCES = [Source("chinese foreign ministry", ("cn",)), Source("kremlin", ("ru",)), Source("white house", ("us",)),
           Source("russian officials", ("ru",), person=True, unnamed=True)]


def test_no_antecedent_pattern_before_a_bare_cue_needs_one():
    text = "The Kremlin spoke first. Peskov said the talks went well."
    finder = CueFinder(SOURCES, set(), {text: fold(text)})
    finder.find(text, 25, len(text))
    assert finder._held._compiled == {}


def test_a_bare_readout_compiles_the_institutions_pattern_only_and_once():
    text = "The Kremlin spoke first. The readout said the talks went well. The readout said more."
    finder = CueFinder(SOURCES, set(), {text: fold(text)})
    first = finder.find(text, 25, 62)
    pattern = finder._held.pattern(1)
    again = finder.find(text, 63, len(text))
    assert list(finder._held._compiled) == [1] and finder._held.pattern(1) is pattern
    assert first is not None and first.docs == ("ru",) and first.antecedent == "The Kremlin"
    assert again is not None and again.docs == ("ru",)


def test_a_kind_without_a_name_in_the_texts_has_no_pattern():
    text = "The White House spoke. The ministry said the talks went well."
    finder = CueFinder(SOURCES, set(), {text: fold(text)})
    assert finder.find(text, 23, len(text)) is None
    assert finder._held.pattern(0) is None
