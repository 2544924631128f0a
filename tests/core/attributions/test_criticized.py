"""A source that "criticized" something on the call said it ("Scholz also criticized the potential deployment ..."): a
cue; "has criticized" or "have criticized" is a record of the source's, no cue of the call."""

from tests.core.attributions.test_text_verbs import _found

DELAY = "the delay in the grain corridor"


def test_a_source_that_criticized_said_it():
    assert [cited for cited, _ in _found(f"Snow fell. The White House also criticized {DELAY}.")] == ["us"]
    assert [cited for cited, _ in _found(f"Snow fell. The White House criticised {DELAY}.")] == ["us"]


def test_a_record_of_criticism_is_no_cue_of_the_call():
    assert _found(f"Snow fell. The White House has criticized {DELAY}.") == []
    assert _found(f"Snow fell. The White House and Kanzleramt have criticized {DELAY}.") == []
