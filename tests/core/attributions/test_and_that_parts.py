"""A statement of two clauses of reported speech joined by "and that" ("It added that the two discussed ... and that
Biden conveyed support ...") is two parts: the cited text may carry one of them in its words."""

from readout_viewer.core.model import SUPPORTED, UNSUPPORTED
from tests.core.attributions.test_attributions import check, folder, only

FIRST = "the leaders traded long views on grain exports, fertiliser prices and shipping insurance costs"
SECOND = "the President pledged no new missile batteries would be placed near the northern border"


def test_each_that_clause_is_a_part_of_its_own():
    a = only(check(folder(f"Snow fell. The Kremlin said that {FIRST} and that {SECOND}.")))
    assert (a.cited, a.verdict) == ("ru", SUPPORTED)


def test_without_the_clause_the_text_carries_it_is_unsupported():
    a = only(check(folder(f"Snow fell. The Kremlin said that {FIRST} and that ships would wait for weeks in port.")))
    assert (a.cited, a.verdict) == ("ru", UNSUPPORTED)
