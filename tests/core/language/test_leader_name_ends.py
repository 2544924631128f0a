"""Where a leader's name ends in the folder's table: at a weekday, a month before a day's number, a headline's verb,
a line's end after the title, and, in a Title Case headline, where the text's prose ends it (leaders42)."""

from readout_viewer.core.language.countries import leaders_in


def test_a_weekday_ends_the_name():
    found = leaders_in("She spoke to Norwegian Prime Minister Ola Berg Wednesday about fishing.")
    assert found == {"Ola Berg": "NO", "Berg": "NO"}


def test_a_month_before_a_day_ends_the_name():
    found = leaders_in("He told Swedish Prime Minister Eva Sol Nov. 15 that the port would open.")
    assert found == {"Eva Sol": "SE", "Sol": "SE"}


def test_a_month_without_a_day_is_a_name():
    assert leaders_in("British Prime Minister Ann March spoke.") == {"Ann March": "GB", "March": "GB"}


def test_a_verb_right_after_the_title_names_no_one():
    assert leaders_in("Norwegian Prime Minister Holds Talks on fishing today.") == {}


def test_two_leaders_discussing_name_no_one():
    assert leaders_in("Swedish Premier, Norwegian President Discuss Fishing Over Phone") == {}


def test_a_title_at_a_line_end_names_no_one_on_the_next_line():
    found = leaders_in("Call with the President of Norway\nPrime Minister Eva Sol of Sweden had a call.")
    assert found == {}


def test_a_title_case_headline_name_ends_where_the_prose_ends_it():
    text = ("Ola Talks With Norwegian Prime Minister Berg Fishing Support And Ports\n"
            "The two discussed fishing, Berg said.")
    assert leaders_in(text) == {"Berg": "NO"}


def test_a_headline_alone_keeps_its_name():
    assert leaders_in("Norwegian Prime Minister Ola Berg Calls Swedish Premier") == {"Ola Berg": "NO", "Berg": "NO"}


def test_a_title_set_off_after_a_name_is_that_names():
    found = leaders_in("During a call with Ola Berg, the President of Norway, Eva Sol, President of Sweden, spoke.")
    assert found == {}


def test_a_title_set_off_after_a_day_names_the_next_name():
    assert leaders_in("On Tuesday, the President of Norway, Ola Berg, said.") == {"Ola Berg": "NO", "Berg": "NO"}
