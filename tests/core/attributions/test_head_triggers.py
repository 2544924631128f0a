"""Four named cues are compiled only for a sentence holding the construction before the name ("in a statement from
X,", "in a readout released by X,", '", said a readout released by X', "stated in a press release published on X"): the
trigger a run of the pattern's concatenation across the phrase's bounds (Triggered), and the cues found as before."""

from __future__ import annotations

import pytest

from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cues import CueFinder
from readout_viewer.core.language.text import fold
from readout_viewer.core.language.triggered import Triggered

SOURCES = [Source("russian foreign ministry", ("ru",)), Source("white house", ("us",)), Source("kremlin", ("ru",)),
           Source("peskov", ("ru",), person=True), Source("xinhua", ("cn",)), Source("putin", ("ru",), person=True,
                                                                                   leader=True)]


def test_a_trigger_may_run_across_a_named_group_taken_once_never_one_repeated():
    assert Triggered(r"\bin\s+(?P<phrase>a statement from (?P<name>x|y))", r"\bin\s+a statement from").trigger
    for pattern in (r"\bin\s+(?P<phrase>a statement from x)?", r"\bin\s+(?:a statement from x)"):
        with pytest.raises(ValueError):
            Triggered(pattern, r"\bin\s+a statement from")


def _across_bounds(finder):
    """The finder's patterns whose trigger runs across the phrase's bounds: the construction before the name."""
    return [p for p, *_ in finder.mapped if p.trigger is not None and p.trigger not in p.pattern]


def test_a_construction_before_the_name_is_the_trigger_and_without_it_nothing_is_compiled():
    text = "The statement released by the Kremlin on Monday was published on the Kremlin's website, it said."
    finder = CueFinder(SOURCES, set(), {text: fold(text)})
    patterns = _across_bounds(finder)
    assert len(patterns) == 4  # "in a statement from X,", "in a readout released by X,", ', said a readout released
    # by X', "stated in a press release published on X"
    for pattern in patterns:  # (Triggered checks that each trigger is a run of its pattern's concatenation)
        assert list(pattern.finditer(fold(text))) == []
        assert "finditer" not in vars(pattern._whole)  # the name's pattern never compiled: the construction is absent


def test_with_the_construction_before_the_name_the_cue_is_found():
    for text, named in (("In a statement released by the Kremlin on Monday, the sides agreed.", "the Kremlin"),
                        ("This was stated in a press release published on the Kremlin's website.", "the Kremlin"),
                        ('"We are ready," said a readout released by the White House.', "the White House"),
                        ("In a statement from the Kremlin, Moscow said it was ready.", "the Kremlin")):
        cue = CueFinder(SOURCES, set(), {text: fold(text)}).find(text, 0, len(text), people=False)
        assert cue is not None and named in text[cue.start:cue.end], text
