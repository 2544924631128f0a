"""A loaded modifier frames its head word, not the other claim's neutral noun (issue 16's family of added framing, its
false side): "Dalmar's aggressive actions" is no other word for "the developments"; "aggressive actions" for
"actions" and "the invasion" for "the situation" still set two claims apart."""

from readout_viewer.core.model import AGREE, DIVERGE
from tests.builders import related_texts as _link


def test_a_loaded_modifier_is_no_word_for_the_others_neutral_noun():
    assert _link("Sol gave his assessment of Dalmar's aggressive actions against the villages.",
                 "Sol briefed Berg about the recent developments regarding Dalmar.").relation == AGREE


def test_a_loaded_modifier_added_to_what_both_say_still_diverges():
    link = _link("Berg said Norland would respond to Dalmar's aggressive actions such as raids.",
                 "Berg said Norland would respond to Dalmar's actions, such as raids.")
    assert (link.relation, link.reason) == (DIVERGE, "framing")


def test_a_loaded_noun_for_the_neutral_one_still_diverges():
    link = _link("The two sides exchanged views on the situation in Dalmar.",
                 "The conversation focused on Norland's invasion of Dalmar.")
    assert (link.relation, link.reason) == (DIVERGE, "framing")
