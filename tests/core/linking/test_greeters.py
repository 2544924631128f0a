"""Who gives a congratulation: a greeting that a leader the official texts never name gave is not the call's greeting
(`greeters.by_another`, read by `courtesies.courtesy_links` and `occasions.office_greetings`)."""

from readout_viewer.core.linking.greeters import by_another
from tests.core.linking.reports import north, reporting

NAMED = frozenset({"Norwegian", "President", "Ola", "Berg", "Swedish", "Ivan", "Sol"})
GREETING = "President Berg congratulated President Sol on his recent assumption of office."
NORTH = north(GREETING)


def test_the_giver_is_the_leader_titled_nearest_before_the_verb():
    assert by_another("Last month, Finnish Prime Minister Ada Lind congratulated Sol on taking office.", NAMED)
    assert by_another("Finnish Prime Minister Ada Lind on July 7 was the first leader to publicly congratulate Sol.",
                      NAMED)


def test_a_greeting_of_the_calls_leaders_is_theirs():
    for said in ("Norwegian President Ola Berg congratulated Sol on taking office.",
                 "Having congratulated Sol on his recent assumption of office, President Berg spoke of the quotas.",
                 "The embassy said that Berg congratulated Sol on taking office."):
        assert not by_another(said, NAMED), said


def test_another_leaders_greeting_is_not_reported():
    said = "Last month, Finnish Prime Minister Ada Lind congratulated Sol on taking office."
    assert not reporting(NORTH, GREETING, said)


def test_the_calls_greeting_is_still_reported():
    said = "The embassy said that Berg congratulated Sol on taking office."
    assert reporting(NORTH, GREETING, said) == [said]


def test_an_official_titled_by_an_office_no_leader_holds_gives_his_own_greeting():
    for said in ("However, Foreign Secretary Tove Lund congratulated Mr. Sol shortly after his election.",
                 "Norway's Secretary of State Per Holm had congratulated Sol in a statement on Sunday.",
                 "Special Envoy Kari Dahl congratulated Sol on taking office."):
        assert by_another(said, NAMED), said


def test_an_official_the_official_texts_name_gives_the_calls_greeting():
    named = NAMED | {"Lund"}
    assert not by_another("Foreign Secretary Tove Lund congratulated Sol on taking office.", named)


ELECTED = "President Berg congratulated President-elect Sol on his election."
FIRST = "Fishing crews in Bergen waited on Monday for word of the new herring quotas."  # a story's lede first


def test_an_officials_greeting_of_another_day_is_not_reported():
    said = ("However, Foreign Secretary Tove Lund congratulated Mr. Sol shortly after his election, weeks before the "
            "quarrel over the northern herring quotas and the ferry harbours flared again.")
    assert not reporting(north(ELECTED), ELECTED, FIRST, said)


def test_the_leaders_greeting_on_the_election_is_still_reported():
    said = ("However, Ola Berg congratulated Mr. Sol shortly after his election, weeks before the quarrel over the "
            "northern herring quotas and the ferry harbours flared again.")
    assert reporting(north(ELECTED), ELECTED, FIRST, said) == [said]
