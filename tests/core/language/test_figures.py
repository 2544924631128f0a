"""Figures: the duration of a call is told from other durations beside the words of a call."""

from readout_viewer.core.language.figures import call_duration, figures


def test_a_call_that_lasted_hours_gives_its_duration():
    found = call_duration("They talked for about three and a half hours.")
    assert found is not None and found.value == 210 and found.approximate


def test_a_year_beside_the_word_talks_is_not_the_length_of_a_call():
    assert call_duration("The U.S. was more muted on the talks as the two powers sought to ratchet down more "
                         "than a year of tensions.") is None
    assert call_duration("The ceasefire would last 30 days, Putin said after the call.") is None


def test_a_duration_without_a_call_is_not_the_call_s():
    assert call_duration("A 30-minute walk separates the two buildings.") is None


def test_an_approximate_word_between_the_article_and_the_unit_keeps_the_duration():
    found = call_duration("An almost hour-long regular telephone conversation between the presidents has just ended.")
    assert found is not None and found.value == 60 and found.approximate
    assert call_duration("The conversation lasted almost an hour.").value == 60


def test_a_number_in_a_name_or_a_list_marker_is_no_figure_and_a_date_stays_one():
    assert figures("Oslo pressed Berlin to halt the Baltic Link 2 pipeline.") == ()
    assert figures("Number two, when it comes to the Bergen 3 accords, nothing moved.") == ()
    found = figures("They met on March 18 in the Bergen 3 hall and agreed on 30 points.")
    assert [(f.kind, f.words) for f in found] == [("date", "march 18"), ("count", "30")]
    assert [f.words for f in figures("Some 20 boats and 100,000 tonnes of fish.")] == ["20", "100,000"]
