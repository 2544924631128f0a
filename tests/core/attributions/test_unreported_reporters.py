"""A leader's words to reporters ("..., Biden said during a brief exchange with reporters", "when asked by reporters")
were said outside the call: no report "in no readout"."""

from tests.builders import WARSHIPS, unreported_texts


def test_a_leaders_words_to_reporters_are_no_report_in_no_readout(tmp_path):
    assert unreported_texts(tmp_path, WARSHIPS + " during a brief exchange with reporters at the palace.\n") == []
    assert unreported_texts(tmp_path, WARSHIPS + " when asked about the call by reporters.\n") == []


def test_the_same_words_with_no_reporters_are_in_no_readout(tmp_path):
    [report] = unreported_texts(tmp_path, WARSHIPS + ".\n")
    assert report.startswith("President Berg warned")
