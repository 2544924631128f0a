"""A leader's words said to be in the leader's own post ("said on Telegram") are checked against that leader's own
text, not either side's account of the call."""

import pytest

from readout_viewer.core.analysis import analyze

FRONT = "---\ntitle: Readout\nsource: {s}\nrole: official\nside: '{side}'\ndate: '2024-01-10'\n---\n"
NORTH = ("Norwegian President Ola Berg spoke today with Swedish President Eva Sol. President Berg proposed a joint "
         "patrol of the northern strait against unlicensed trawlers.")
SOUTH = ("Swedish President Eva Sol had a telephone conversation with Norwegian President Ola Berg. Eva Sol stressed "
         "that the fishing quota must be shared fairly between the two fleets.")
REPORT = "President Sol said{where} that Berg proposed a joint patrol of the northern strait against unlicensed trawlers."


def _verdicts(tmp_path, news: str) -> list[str]:
    (tmp_path / "north.md").write_text(FRONT.format(s="Office of the Norwegian President", side="NO") + NORTH)
    (tmp_path / "south.md").write_text(FRONT.format(s="Office of the Swedish President", side="SE") + SOUTH)
    (tmp_path / "news.txt").write_text(news)
    analysis = analyze(tmp_path)
    return [a.verdict for a in analysis.attributions if "news" in a.doc]


@pytest.mark.parametrize("where", [" on Telegram", " in a post on social media"])
def test_a_leaders_post_is_checked_against_that_leaders_own_text(tmp_path, where):
    assert _verdicts(tmp_path, REPORT.format(where=where)) == ["unsupported"]


def test_a_leaders_words_on_the_call_are_checked_against_either_sides_account(tmp_path):
    assert _verdicts(tmp_path, REPORT.format(where="")) == ["supported"]
