"""An aide's relay of both leaders' act told in the perfect ("Presidential aide Lund said the two leaders had also
discussed ...", the tense an aide's later telling of the call takes) or opening on "They" agreed or discussed ("They
also agreed to ..., he said.") is a report of the call: listed as in no readout when no official text carries it
(eval/unrep_probe2.yaml; docs/engine.md, Round 48, helper unrep24). An aide's own words so told are not."""

import pytest

from readout_viewer.core.attributions.relayed import relayed_leader
from tests.builders import NORTH, north_south

WARSHIPS = "sending three warships to the northern strait next month."


def _unreported(tmp_path, news: str) -> list[tuple[str, str]]:
    """The text and detail of each claim listed as in no readout, for the two readouts and one news text."""
    analysis = north_south(tmp_path, NORTH, news)
    return [(analysis.claim[u.claim].text, u.detail) for u in analysis.unreported]


@pytest.mark.parametrize("who", ["the two leaders", "the two presidents", "both leaders", "the two heads of state"])
def test_both_leaders_act_in_the_perfect_as_an_aide_tells_it_is_listed(tmp_path, who):
    # main: no relayed leader read ("had discussed" is no opening the linking's subject pattern takes): nothing listed
    news = f"Presidential aide Anders Lund said {who} had also discussed {WARSHIPS}"
    [(text, detail)] = _unreported(tmp_path, news)
    assert text == news
    assert detail.startswith(f"reports what {who} (as Anders Lund tells it)")


def test_relayed_leader_reads_both_leaders_in_the_perfect():
    assert relayed_leader("the two leaders had also discussed " + WARSHIPS, None) == "the two leaders"  # main: ""
    assert relayed_leader("the two leaders discussed " + WARSHIPS, None) == "the two leaders"  # as on main


def test_an_aides_own_words_in_the_perfect_are_not_listed(tmp_path):
    news = "Presidential aide Anders Lund said the two ministers had also discussed " + WARSHIPS
    assert _unreported(tmp_path, news) == []  # as on main
    assert relayed_leader("the two ministers had also discussed " + WARSHIPS, None) == ""
    assert relayed_leader("the two ferries had also been delayed by storms.", None) == ""


# "They" opening an aide's relay of what was agreed or discussed is the leaders whose call the aide tells ("They also
# agreed to remain in contact over the Kashmir issue, he said."); a "they" doing anything else is not read as them.
THEY_AGREED = "They also agreed to send three warships to the northern strait next month"


def test_they_agreed_as_an_aide_tells_it_is_listed_as_the_leaders(tmp_path):
    # main: "They" named no leader: nothing listed
    news = THEY_AGREED + ", presidential aide Anders Lund said."
    [(text, detail)] = _unreported(tmp_path, news)
    assert text == news
    assert detail.startswith("reports what the leaders (as Anders Lund tells it)")
    assert relayed_leader(THEY_AGREED + ".", None) == "the leaders"  # main: ""


def test_they_doing_something_else_as_an_aide_tells_it_is_not_listed(tmp_path):
    news = "They also delayed the ferry across the northern strait by three days, presidential aide Anders Lund said."
    assert _unreported(tmp_path, news) == []  # as on main
    assert relayed_leader("They also delayed the ferry across the northern strait.", None) == ""


def test_they_agreed_with_no_aide_telling_it_is_not_listed(tmp_path):
    assert _unreported(tmp_path, "The ferries were delayed. " + THEY_AGREED + ".") == []  # as on main: no cue
