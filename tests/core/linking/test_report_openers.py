"""Recall: a sentence that reports a leader may open on a short phrase of setting before its comma."""

from readout_viewer.core.language.reports import reports_a_leader


def test_a_phrase_of_setting_before_the_leader_still_reports_him():
    assert reports_a_leader("Face to face by video, President Berg laid out to Premier Sol the stiff consequences.")
    assert reports_a_leader("The two talked for 50 minutes, and Berg outlined the options for calming the situation.")


def test_a_condition_before_a_sentence_of_no_leader_reports_none():
    assert not reports_a_leader("If Sol moves the fleet, the strait will close within days.")
    assert not reports_a_leader("In a long and winding story about the strait and its many fleets, nobody spoke.")
