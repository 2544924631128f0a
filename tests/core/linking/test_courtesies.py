"""Courtesies: to wish a leader a happy day is to congratulate him on it, and two claims congratulating on one
occasion report the same greeting (`courtesies.courtesy_links`); a greeting on another occasion does not."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.terms import terms
from tests.core.linking.reports import north, reporting

CONGRATULATE = concept("congratulated")
WISHED = "During the call, President Berg warmly wished a happy birthday to President Sol of Sweden."
NORTH = north(WISHED)


def test_a_wish_of_a_happy_day_is_a_congratulation():
    for said in ("Berg wished Sol a happy birthday.", "Berg warmly wished a happy new year to Sol.",
                 "Berg also extended birthday wishes to Sol."):
        assert CONGRATULATE in terms(said).concepts


def test_a_wish_for_something_else_stays_a_wish():
    for said in ("Berg wished Sol success with the reforms.", "Both sides wish an end to the row over quotas."):
        assert CONGRATULATE not in terms(said).concepts


def test_a_congratulation_on_the_same_occasion_reports_the_greeting():
    same = "Berg also congratulated President Sol on his birthday."
    other = "Berg also congratulated the Swedish fleet on its record season."
    assert set(reporting(NORTH, WISHED, same, other)) == {same}
