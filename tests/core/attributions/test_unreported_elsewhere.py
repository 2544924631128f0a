"""A leader's standing position ("has said") and what a leader said on another call, with a leader the readouts never
name, are no report "in no readout" of this call."""

from readout_viewer.core.attributions.unreported import another_call
from readout_viewer.core.language.text import fold
from tests.builders import NORTH, SOUTH, WARSHIPS, unreported_texts

STANDING = WARSHIPS.replace("President Berg warned that", "President Berg has said that")
OTHER_CALL = WARSHIPS + ", hours after Berg spoke in a telephone call with Danish Prime Minister Jens Holm"


def test_a_standing_position_is_no_report_in_no_readout(tmp_path):
    assert unreported_texts(tmp_path, STANDING + ".\n") == []
    often = WARSHIPS.replace("President Berg warned that", "President Berg has repeatedly said that")
    (tmp_path / "often").mkdir()
    assert unreported_texts(tmp_path / "often", often + ".\n") == []


def test_a_position_said_of_the_call_in_the_present_perfect_is_in_no_readout(tmp_path):
    [report] = unreported_texts(tmp_path, STANDING + " after his call with the Swedish president.\n")
    assert report.startswith("President Berg has said")


def test_words_beside_another_leaders_call_are_no_report_in_no_readout(tmp_path):
    assert unreported_texts(tmp_path, OTHER_CALL + ".\n") == []


def test_a_call_with_a_leader_the_readouts_name_is_this_call():
    accounts = fold(NORTH + "\n" + SOUTH)
    assert another_call(OTHER_CALL, accounts)
    assert not another_call(OTHER_CALL.replace("Danish Prime Minister Jens Holm", "Swedish President Eva Sol"), accounts)
    assert not another_call(OTHER_CALL.replace("Danish Prime Minister Jens Holm", "Jens Holm"), accounts)  # no title


def test_the_same_words_alone_are_in_no_readout(tmp_path):
    [report] = unreported_texts(tmp_path, WARSHIPS + ".\n")
    assert report.startswith("President Berg warned")
