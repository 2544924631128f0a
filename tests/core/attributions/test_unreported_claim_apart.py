"""A report in no readout is listed claim by claim, and each listed claim passes on its own words the test the whole
report passed: a claim that an official sentence holds more than a third of (here the call's own scene, "a telephone
conversation") is not listed, while the rest of the report is."""

from tests.builders import WARSHIPS, unreported_texts


def test_a_claim_of_a_report_that_an_official_sentence_holds_is_not_listed(tmp_path):
    news = WARSHIPS + ", and that it was a telephone conversation.\n"
    assert unreported_texts(tmp_path, news) == [WARSHIPS]


def test_a_report_of_one_claim_is_listed_as_before(tmp_path):
    assert unreported_texts(tmp_path, WARSHIPS + ".\n") == [WARSHIPS + "."]
