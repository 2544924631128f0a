"""Relations: a word of strength or framing both claims use, in any form, sets nothing apart; "made clear" is firm."""

from readout_viewer.core.linking.relations import relate
from readout_viewer.core.model import AGREE, DIVERGE, Claim


def _relate(a: str, b: str):
    return relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5)


def test_a_wish_in_two_forms_is_one_strength():
    link = _relate("The king expressed the hope that both sides would meet halfway on fishing quotas.",
                   "The palace hopes both sides will meet halfway on fishing quotas at this significant moment.")
    assert link.relation == AGREE, link.detail


def test_a_stronger_word_beside_a_different_wish_still_diverges():
    link = _relate("The king expressed the hope that both sides would settle the fishing quotas.",
                   "The king insisted on a firm settlement of the fishing quotas.")
    assert (link.relation, link.reason) == (DIVERGE, "intensity")


def test_a_loaded_word_the_other_writes_as_a_verb_is_shared():
    link = _relate("She raised the troops massed on the borders of Tarvia, which Morland occupies.",
                   "She raised the troops massed in occupied Tarvia.")
    assert link.relation == AGREE, link.detail


def test_a_loaded_word_the_other_lacks_still_diverges():
    link = _relate("She raised the troops massed on the borders of Tarvia.",
                   "She raised the troops massed in occupied Tarvia.")
    assert (link.relation, link.reason) == (DIVERGE, "framing")


def test_made_clear_is_a_firm_way_of_saying():
    link = _relate("The envoy mentioned fishing quotas.", "The envoy made it clear that fishing quotas would be cut.")
    assert (link.relation, link.reason) == (DIVERGE, "intensity")
    link = _relate("The envoy stressed that fishing quotas would be cut.", "The envoy made clear fishing quotas would be cut.")
    assert link.relation == AGREE, link.detail


def test_a_loaded_word_in_quotation_marks_is_mentioned_not_used():
    link = _relate('She raised the troops massed in the "occupied Tarvia".', "She raised the troops massed in occupied Tarvia.")
    assert (link.relation, link.reason) == (DIVERGE, "framing")
    link = _relate('She raised the troops massed in the "occupied Tarvia".', 'The troops massed in the "occupied Tarvia".')
    assert link.relation == AGREE, link.detail
