"""A number written as a cardinal in one claim and as its ordinal in the other counts one thing when the ordinal ranks
what the cardinal counts (issue 16's family of figures, its false side): "40 years of independence" is "the 40th
anniversary of independence"; other numbers, or an ordinal of something else, still set claims apart."""

from readout_viewer.core.model import AGREE, DIVERGE
from tests.builders import related_texts as _link


def test_years_and_the_anniversary_of_that_many_years_agree():
    assert _link("Sol congratulated Berg on 40 years of Norland's independence.",
                 "Sol congratulated Berg on Norland's upcoming 40th anniversary of independence.").relation == AGREE


def test_an_ordinal_in_words_ranks_the_days_counted_in_digits():
    assert _link("Sol and Berg closed 3 days of talks on the harbour.",
                 "Sol and Berg closed the third day of talks on the harbour.").relation == AGREE


def test_an_anniversary_of_other_years_still_diverges():
    link = _link("Sol congratulated Berg on 40 years of Norland's independence.",
                 "Sol congratulated Berg on Norland's upcoming 30th anniversary of independence.")
    assert (link.relation, link.reason) == (DIVERGE, "number")


def test_an_ordinal_of_another_thing_still_diverges():
    """"Two days" and "the second round": one number, two things counted."""
    link = _link("Sol and Berg held talks on the harbour for two days.",
                 "Sol and Berg held a second round of talks on the harbour.")
    assert (link.relation, link.reason) == (DIVERGE, "number")
