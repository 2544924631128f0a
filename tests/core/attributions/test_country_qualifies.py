"""A country's name right before another noun qualifies that noun ("according to official UK statistics", "according
to UK statistics"): the country's government is not cited; the country alone still is ("according to the UK, ...")."""

from readout_viewer.core.model import OFFICIAL
from tests.builders import cited_verdicts, reading

UK_TEXT = "The Prime Minister spoke to President Xi Jinping of China. They discussed trade and education."


def _cited(news):
    return cited_verdicts([reading("uk", UK_TEXT, OFFICIAL, "10 Downing Street", "GB")], news)


def test_a_country_before_a_noun_is_no_source():
    assert _cited("China was Britain's fifth-largest trading partner, according to official UK statistics.") == []
    assert _cited("China was Britain's fifth-largest trading partner, according to UK statistics.") == []


def test_a_country_alone_is_still_a_source():
    assert [c for c, _ in _cited("According to the UK, the two leaders discussed trade and education.")] == ["uk"]
