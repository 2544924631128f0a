"""A spokesperson introduced in apposition ("Downing Street's spokesperson, Orla Brennick, confirmed ...") speaks for
that source later by name ("said Brennick"); one named with a title after the verb put after the words ('"...," said
senior spokesperson Orla Brennick') speaks too; "declared" after the words or before "that" cites, a deed declared
("declared independence") does not."""

from readout_viewer.core.model import SUPPORTED
from tests.core.attributions.test_unnamed_spokesperson import SAID as SAID_LOWER
from tests.core.attributions.test_unnamed_spokesperson import _cited

SAID = SAID_LOWER[0].upper() + SAID_LOWER[1:]


def test_a_spokesperson_introduced_in_apposition_speaks_for_the_source_by_name():
    found = _cited(f"Downing Street's spokesperson, Orla Brennick, confirmed the call. \u201c{SAID},\u201d said "
                   "Brennick.")
    assert found[-1] == ("gb", SUPPORTED)
    found = _cited(f"Downing Street's spokesperson, Orla Brennick, confirmed the call. Brennick said that {SAID}.")
    assert found[-1] == ("gb", SUPPORTED)


def test_a_titled_spokesperson_after_the_verb():
    found = _cited(f"Downing Street spokesperson Orla Brennick confirmed the call. \u201c{SAID},\u201d said senior "
                   "spokesperson Orla Brennick.")
    assert found[-1] == ("gb", SUPPORTED)


def test_declared_after_the_words_or_before_that_cites():
    assert _cited(f"\u201c{SAID},\u201d the White House declared.")[-1][0] == "us"
    assert _cited(f"Downing Street declared that {SAID[0].lower()}{SAID[1:]}.") == [("gb", SUPPORTED)]


def test_a_deed_declared_is_no_cue():
    assert _cited("The White House declared a state of emergency in the northern border region on Monday.") == []
