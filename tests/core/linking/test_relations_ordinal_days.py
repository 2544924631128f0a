"""Numbers: a day named by an ordinal alone ("on the 12th") is a date in the month the document's date gives."""

from readout_viewer.core.language.figures import ordinal_days
from readout_viewer.core.linking.relations import relate
from readout_viewer.core.model import AGREE, DIVERGE, Claim

BRIEFING = ("The ministers agreed to talks starting on the 9th and 10th in Bergen, a council meeting on the 12th, "
            "and a summit on the 13th.")


def _link(a: str, b: str):
    return relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5,
                  ("2021-12-30", "2021-12-30"))


def test_a_day_of_next_month_is_not_one_of_this_month():
    link = _link("The call set the dates: January 9-10 in Bergen, December 12 for the council in Oslo.", BRIEFING)
    assert (link.relation, link.reason) == (DIVERGE, "number")
    assert link.detail == "one says December 12, the other January 12 (the 12th), January 13 (the 13th)"


def test_the_same_days_written_with_their_month_agree():
    assert _link("Talks will be held in Bergen on January 9-10 and then at the council on January 12.",
                 BRIEFING).relation == AGREE


def test_ranks_are_no_days():
    assert ordinal_days("They met on the 75th anniversary of the treaty, on the 12th of June.") == ()
    assert [d for d, _ in ordinal_days(BRIEFING)] == [9, 10, 12, 13]
