"""Relations: a word of strength or framing both claims use, in any form, sets nothing apart; "made clear" is firm."""

from readout_viewer.core.model import AGREE, DIVERGE
from tests.builders import related_texts


def test_a_wish_in_two_forms_is_one_strength():
    link = related_texts("The king expressed the hope that both sides would meet halfway on fishing quotas.",
                         "The palace hopes both sides will meet halfway on fishing quotas at this significant moment.")
    assert link.relation == AGREE, link.detail


def test_a_stronger_word_beside_a_different_wish_still_diverges():
    link = related_texts("The king expressed the hope that both sides would settle the fishing quotas.",
                         "The king insisted on a firm settlement of the fishing quotas.")
    assert (link.relation, link.reason) == (DIVERGE, "intensity")


def test_a_loaded_word_the_other_writes_as_a_verb_is_shared():
    link = related_texts("She raised the troops massed on the borders of Tarvia, which Morland occupies.",
                         "She raised the troops massed in occupied Tarvia.")
    assert link.relation == AGREE, link.detail


def test_a_loaded_word_the_other_lacks_still_diverges():
    link = related_texts("She raised the troops massed on the borders of Tarvia.",
                         "She raised the troops massed in occupied Tarvia.")
    assert (link.relation, link.reason) == (DIVERGE, "framing")


def test_made_clear_is_a_firm_way_of_saying():
    link = related_texts("The envoy mentioned fishing quotas.",
                         "The envoy made it clear that fishing quotas would be cut.")
    assert (link.relation, link.reason) == (DIVERGE, "intensity")
    link = related_texts("The envoy stressed that fishing quotas would be cut.",
                         "The envoy made clear fishing quotas would be cut.")
    assert link.relation == AGREE, link.detail


def test_a_loaded_word_in_quotation_marks_is_mentioned_not_used():
    link = related_texts('She raised the troops massed in the "occupied Tarvia".',
                         "She raised the troops massed in occupied Tarvia.")
    assert (link.relation, link.reason) == (DIVERGE, "framing")
    link = related_texts('She raised the troops massed in the "occupied Tarvia".',
                         'The troops massed in the "occupied Tarvia".')
    assert link.relation == AGREE, link.detail
