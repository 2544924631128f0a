""""..., it said" and "Instead, it focused on ..." speak for the institution the text named just before."""

from readout_viewer.core.model import SUPPORTED
from tests.core.attributions.test_attributions import check, folder, only
from tests.core.attributions.test_text_verbs import SAID, _found


def test_it_said_is_the_institution_named_just_before():
    assert _found(f"The White House put out its version on Monday. \u201c{SAID.capitalize()},\u201d it said.") == \
        [("us", SUPPORTED)]
    assert _found(f"The White House put out its version on Monday. Instead, it focused on how {SAID}.") == \
        [("us", SUPPORTED)]


def test_it_said_with_no_institution_named_before_is_no_cue():
    assert _found(f"Snow fell on Monday. \u201c{SAID.capitalize()},\u201d it said.") == []


def test_it_mentions_is_the_institution_named_just_before():
    assert _found(f"The White House put out its version on Monday. It only mentions how {SAID}.") == \
        [("us", SUPPORTED)]


def test_it_said_after_its_institution_in_the_same_sentence():
    a = only(check(folder("The White House welcomed the talks. The Kremlin later issued a statement in which it said "
                          "that the President pledged that no new missile batteries would be placed near the northern "
                          "border.")))
    assert (a.cited, a.verdict) == ("ru", SUPPORTED)
