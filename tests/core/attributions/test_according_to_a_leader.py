"""A leader's words given "according to" the leader are the writer's summary of the leader's position, with no verb of
saying tying them to the call: checked as the leader's words, but no report "in no readout"."""

from tests.builders import NORTH, north_south, unreported_texts

SUMMED_UP = "According to Ola Berg, Norway would send three warships to the northern strait next month.\n"


def test_a_leaders_position_according_to_the_leader_is_no_report_in_no_readout(tmp_path):
    assert unreported_texts(tmp_path, SUMMED_UP) == []


def test_it_is_still_checked_as_the_leaders_words(tmp_path):
    analysis = north_south(tmp_path, NORTH, SUMMED_UP)
    assert [x.verdict for x in analysis.attributions] == ["unsupported"]


def test_the_same_words_said_by_the_leader_are_in_no_readout(tmp_path):
    news = "President Berg said Norway would send three warships to the northern strait next month.\n"
    [report] = unreported_texts(tmp_path, news)
    assert report.startswith("President Berg said")
