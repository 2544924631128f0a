"""Words a leader said at a ceremony or a news conference were said there, not on the call: no report "in no readout"
(speakers.ELSEWHEN), while the same words with no such occasion still are."""

import pytest

from tests.builders import WARSHIPS, unreported_texts


@pytest.mark.parametrize("opening", ["At the ceremony, ", "At a news conference, "])
def test_words_said_at_another_occasion_are_no_report_of_the_call(tmp_path, opening):
    assert unreported_texts(tmp_path, f"{opening}{WARSHIPS}.\n") == []


def test_the_same_words_with_no_occasion_are_in_no_readout(tmp_path):
    [report] = unreported_texts(tmp_path, f"{WARSHIPS}.\n")
    assert "three warships" in report
