"""Congratulations on taking office: two claims that congratulate a leader on taking office, each naming it its own
way, report the same greeting (`occasions.on_taking_office`, `courtesies.courtesy_links`); a greeting on another occasion does not."""

from readout_viewer.core.linking.occasions import OFFICE
from tests.core.linking.reports import north, reporting

GREETING = "Having congratulated the Swedish President on his recent assumption of office, Berg called for closer ties."
NORTH = north(GREETING)


def test_the_ways_of_taking_office():
    for said in ("on his recent assumption of office", "on assuming the president's role", "on his inauguration",
                 "on taking office", "on his party's election victory", "on becoming Swedish President",
                 "on his appointment to office", "on his victory in the general election"):
        assert OFFICE.search(said), said


def test_other_occasions_are_not_taking_office():
    for said in ("on his birthday", "on the national holiday", "on the success of the fisheries talks",
                 "on the election of a new council", "on his assumption that the talks would fail"):
        assert not OFFICE.search(said), said


def test_a_greeting_on_taking_office_in_other_words_reports_the_greeting():
    for said in ("The palace said Berg congratulated Sol on his party's election victory in June.",
                 "During the call on Friday, Berg congratulated Sol on assuming the president's role last month."):
        assert reporting(NORTH, GREETING, said) == [said], said


def test_a_greeting_on_another_occasion_is_not_reported():
    said = "The palace said Berg congratulated Sol on his birthday in June."
    assert not reporting(NORTH, GREETING, said)
