"""A leader's words the sentence dates to another day than the call's (a month's day before the readouts' date, or
a weekday neither theirs nor the next) were said elsewhere: no report "in no readout"."""

from datetime import date

from readout_viewer.core.attributions.dated import dated_elsewhere
from tests.builders import WARSHIPS, unreported_texts

CALL = (date(2024, 1, 10),)  # a Wednesday, the folder's readouts' date


def test_a_day_before_the_call_or_another_weekday():
    assert dated_elsewhere("On January 8, addressing the strait, the President said", CALL)
    assert dated_elsewhere("Berg acknowledged on Monday his differences with Sol", CALL)


def test_the_call_s_day_or_the_next_is_the_call_s():
    assert not dated_elsewhere("Berg warned on Wednesday that ...", CALL)
    assert not dated_elsewhere("Berg warned on Thursday that ...", CALL)
    assert not dated_elsewhere("On January 10, Berg warned that ...", CALL)
    assert not dated_elsewhere("Berg warned on Monday that ...", ())


def test_such_words_are_no_report_in_no_readout(tmp_path):
    assert unreported_texts(tmp_path, "On January 8, " + WARSHIPS[0].lower() + WARSHIPS[1:] + ".\n") == []
    [report] = unreported_texts(tmp_path, WARSHIPS.replace(" warned", " warned on Thursday") + ".\n")
    assert report.startswith("President Berg warned on Thursday")
