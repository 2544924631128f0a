"""A leader named by office and country with no name ("The President of Türkiye recalled ...") speaks for that side,
as "the Turkish leader" does, before the verb as after "according to"."""

from readout_viewer.core.model import SUPPORTED
from tests.core.attributions.test_state_media import _found

SAID = "the two countries should expand trade in salmon and solar panels"


def test_the_president_of_a_side_speaks_for_it():
    assert _found(f"The President of China stressed that {SAID}.") == [("cn", "The President of China", SUPPORTED)]
    assert _found(f"The President of China also stressed that {SAID}.") == [
        ("cn", "The President of China", SUPPORTED)]


def test_the_president_of_a_side_after_according_to():
    assert _found(f"{SAID.capitalize()}, according to the President of China.") == [
        ("cn", "the President of China", SUPPORTED)]
