"""A charge of misattribution rests on a clause of MISATTRIBUTION_MIN_WORDS content words or more (`scene.long_clauses`):
a short clause, such as three words listed after "including", matches another account by chance."""

from readout_viewer.core.model import MISATTRIBUTED, UNSUPPORTED
from tests.core.attributions.test_attributions import check, folder, only


def test_a_short_listed_clause_another_account_holds_is_no_misattribution():
    a = only(check(folder("The White House said the leaders also covered fishing quotas and river pollution, "
                          "including grain corridor talks.")))
    assert (a.cited, a.verdict, a.found_in) == ("us", UNSUPPORTED, None)
    assert "a clause of fewer than 5 content words" in a.detail and "Kremlin" in a.detail


def test_a_long_clause_another_account_holds_is_still_a_misattribution():
    a = only(check(folder("The White House confirmed Monday the call between the leaders which also covered fishing "
                          "quotas, including that no new missile batteries would be placed near the northern border.")))
    assert (a.cited, a.verdict, a.found_in) == ("us", MISATTRIBUTED, "ru")
