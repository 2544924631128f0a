"""A quotation whose words no text holds is still supported when a claim of the cited text carries the sentence
(verdicts.QUOTED_ELSE_MIN): a translation or a paraphrase in quotation marks is no charge against its source."""

from readout_viewer.core.model import SUPPORTED, UNSUPPORTED
from tests.core.attributions.test_attributions import check, folder, only


def test_a_quotation_in_other_words_is_supported_by_the_claim_that_carries_it():
    a = only(check(folder('The White House said, "Restraint along the northern border is what the President '
                          'urged today."')))
    assert (a.cited, a.verdict) == ("us", SUPPORTED)
    assert "not in the quoted words" in a.detail


def test_a_quotation_no_claim_carries_stays_unsupported():
    a = only(check(folder('The White House said, "The President praised the harvest festival in the southern '
                          'provinces."')))
    assert (a.cited, a.verdict) == ("us", UNSUPPORTED)
