"""A source said to have confirmed the call, with a relative clause describing the call after it ("confirmed Wednesday
the phone call between the two leaders which also featured other discussions ..."), is supported by its own account
of the call (`judge._call_confirmed`): the clause is the writer's account of the call."""

from readout_viewer.core.model import SUPPORTED, UNSUPPORTED
from tests.core.attributions.test_attributions import check, folder, only


def test_a_call_confirmed_with_a_clause_describing_it_is_supported_by_the_sources_account():
    a = only(check(folder("The White House confirmed Monday the phone call between the two leaders which also "
                          "featured talks on fishing quotas and river pollution.")))
    assert (a.cited, a.verdict, a.found_in) == ("us", SUPPORTED, None)
    assert "only says it was made public" in a.detail


def test_a_clause_set_off_by_a_comma_is_still_checked():
    a = only(check(folder("The White House confirmed Monday the phone call, in which the President pledged new "
                          "fishing quotas and an end to river pollution.")))
    assert (a.cited, a.verdict) == ("us", UNSUPPORTED)
