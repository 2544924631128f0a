"""What a claim reports leaves out a leading attribution ("According to a statement ..., "), as it leaves out a trailing
one: who says a thing is not what is said, and its words thinned the score against the line reported."""

from readout_viewer.core.linking.claim_parts import reported
from readout_viewer.core.linking.terms import terms


def test_a_leading_attribution_is_no_part_of_what_is_reported() -> None:
    said = "According to a statement from the palace on Monday, Sol called for talks on the northern strait."
    assert reported(said) == "Sol called for talks on the northern strait."
    assert reported("according to him, the talks will resume in May.") == "the talks will resume in May."


def test_the_attribution_words_leave_the_terms() -> None:
    said = "According to a statement from the palace on Monday, Sol called for talks on the northern strait."
    concepts = terms(reported(said)).concepts
    assert not {"statem", "palace", "monday"} & concepts
    assert {"strait", "northe"} <= concepts


def test_an_attribution_inside_the_sentence_or_without_a_comma_stays() -> None:
    inside = "Sol, according to the palace, called for talks on the northern strait."
    assert reported(inside) == inside
    whole = "According to the palace Sol called for talks."
    assert reported(whole) == whole
