"""A cue that closes its sentence after a comma reports all that stands before it, a source named there included:
in "Beijing has expressed support for the dialogue, the Kremlin statement said" the Kremlin is the source and
Beijing what its statement says; "..., it said" stands for the source named before it, and "to which the Chinese
leader voiced agreement" closes nothing."""

from readout_viewer.core.model import SUPPORTED
from tests.core.attributions.test_statement_names_no_source import _cited


def test_the_closing_cue_is_the_source_of_a_side_named_in_its_statement():
    assert _cited("Stockholm expressed support for the grain corridor to Valdoria, the White House said.") == [
        ("us", SUPPORTED)]
    assert _cited("The Swedish side expressed support for the grain corridor to Valdoria, the White House statement "
                  "said.") == [("us", SUPPORTED)]


def test_a_closing_pronoun_stands_for_the_source_named_first():
    assert _cited("The White House said the Swedish side supported the grain corridor to Valdoria, it said.") == [
        ("us", SUPPORTED)]
