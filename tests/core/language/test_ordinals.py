"""Ordinals and what they rank: an anniversary ranks years, a date's day ranks nothing a cardinal counts."""

from readout_viewer.core.language.figures import figures
from readout_viewer.core.language.ordinals import ordinals, ranked


def test_an_anniversary_ranks_years():
    assert [(o.value, o.head) for o in ordinals("Norland's 25th anniversary of independence")] == [(25.0, "year")]


def test_a_dates_day_is_no_ordinal():
    assert ordinals("They meet on May 18th in Vell.") == ()


def test_a_cardinal_of_the_ranked_thing_is_ranked_and_one_of_another_is_not():
    found = ordinals("the fourth round of talks")
    assert ranked(figures("four rounds of talks")[0], found)
    assert not ranked(figures("four weeks of talks")[0], found)
