"""A leader's words said to be in the leader's own post ("said on Telegram") are checked against that leader's own
text, not either side's account of the call."""

import pytest

from tests.builders import north_south

NORTH = ("Norwegian President Ola Berg spoke today with Swedish President Eva Sol. President Berg proposed a joint "
         "patrol of the northern strait against unlicensed trawlers.")
REPORT = "President Sol said{where} that Berg proposed a joint patrol of the northern strait against unlicensed trawlers."


def _verdicts(tmp_path, news: str) -> list[str]:
    analysis = north_south(tmp_path, NORTH, news)
    return [a.verdict for a in analysis.attributions if "news" in a.doc]


@pytest.mark.parametrize("where", [" on Telegram", " in a post on social media"])
def test_a_leaders_post_is_checked_against_that_leaders_own_text(tmp_path, where):
    assert _verdicts(tmp_path, REPORT.format(where=where)) == ["unsupported"]


def test_a_leaders_words_on_the_call_are_checked_against_either_sides_account(tmp_path):
    assert _verdicts(tmp_path, REPORT.format(where="")) == ["supported"]
