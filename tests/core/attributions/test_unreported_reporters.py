"""A leader's words to reporters ("..., Biden said during a brief exchange with reporters", "when asked by reporters")
were said outside the call: no report "in no readout"."""

from tests.builders import WARSHIPS, unreported_texts


def test_a_leaders_words_to_reporters_are_no_report_in_no_readout(tmp_path):
    assert unreported_texts(tmp_path, WARSHIPS + " during a brief exchange with reporters at the palace.\n") == []
    assert unreported_texts(tmp_path, WARSHIPS + " when asked about the call by reporters.\n") == []


def test_the_same_words_with_no_reporters_are_in_no_readout(tmp_path):
    [report] = unreported_texts(tmp_path, WARSHIPS + ".\n")
    assert report.startswith("President Berg warned")


def test_what_a_leader_told_reporters_is_no_report_in_no_readout(tmp_path):
    told = WARSHIPS.replace("President Berg warned that", "President Berg told reporters that")
    assert unreported_texts(tmp_path, told + ".\n") == []
    closing = "Norway would send three warships to the northern strait next month, Berg told a news conference.\n"
    assert unreported_texts(tmp_path, closing) == []


def test_an_official_telling_reporters_what_the_leader_said_leaves_the_leaders_words_in_no_readout(tmp_path):
    # "told reporters" is the official's verb, not the leader's: how the call's account reached the press
    [report] = unreported_texts(tmp_path, WARSHIPS + ", a Norwegian official told reporters.\n")
    assert report.startswith("President Berg warned")
    [report] = unreported_texts(tmp_path, WARSHIPS.replace("warned", "told Sol") + ".\n")
    assert report.startswith("President Berg told Sol")
