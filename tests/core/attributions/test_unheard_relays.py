"""A spokesperson's relay of the words of a leader whose side has no official text in the folder relays a party to the
call: the leader named by name, by the side's adjective and title, or by the bare title the official text gives them
alone, and what no readout carries is listed."""

import pytest

from tests.builders import READOUT_FRONT

# The Norwegian readout alone: the Swedish prime minister's side has no text in the folder.
NORTH = ("Norwegian President Ola Berg spoke today with Swedish Prime Minister Eva Sol. President Berg proposed a joint "
         "patrol of the strait. He said unlicensed trawlers would face penalties.")
# A report of Sol's words that the readout does not carry.
WARSHIPS = "urged Norway to withdraw its three warships from the northern strait before the winter"


def _listed(root, north: str, news: str) -> list[str]:
    from readout_viewer.core.analysis import analyze

    (root / "north.md").write_text(READOUT_FRONT.format(s="Office of the Norwegian President", side="NO") + north)
    (root / "news.txt").write_text(news)
    return [u.detail for u in analyze(root).unreported]


@pytest.mark.parametrize(("news", "who"), [
    (f"Government spokesperson Anders Lund said Sol {WARSHIPS}.", "Sol"),
    (f"Government spokesperson Anders Lund said the Swedish prime minister {WARSHIPS}.", "the Swedish prime minister"),
    (f'"The prime minister {WARSHIPS}," government spokesperson Anders Lund said in a statement.',
     "the prime minister"),  # inside the reason's sentence, not capitalised as the quotation opens
])
def test_a_spokespersons_relay_of_the_unheard_leader_in_no_readout_is_listed(tmp_path, news, who):
    [detail] = _listed(tmp_path, NORTH, news)
    assert detail.startswith(f"reports what {who} (as Anders Lund tells it) said on the call")


def test_a_bare_title_the_official_text_gives_both_leaders_names_neither(tmp_path):
    north = NORTH.replace("Swedish Prime Minister Eva Sol", "Swedish President Eva Sol")
    news = f'"The president {WARSHIPS}," government spokesperson Anders Lund said in a statement.'
    assert _listed(tmp_path, north, news) == []


SOUTH = ("Swedish Prime Minister Eva Sol had a telephone conversation with Norwegian President Ola Berg. Eva Sol "
         "stressed that the fishing quota must be shared fairly between the two fleets.")
CONDEMNED = "Sol condemned Norway's plan to send three warships to the northern strait before the winter.\n"


def test_a_stance_of_the_unheard_leader_in_no_readout_is_listed(tmp_path):
    # no Swedish text is in the folder to word Sol's stance otherwise: the report is in no readout the folder holds
    [detail] = _listed(tmp_path, NORTH, CONDEMNED)
    assert detail.startswith("reports what Sol said on the call")


def test_a_stance_of_a_leader_whose_side_has_a_text_is_not_listed(tmp_path):
    (tmp_path / "south.md").write_text(READOUT_FRONT.format(s="Office of the Swedish Prime Minister", side="SE") + SOUTH)
    assert _listed(tmp_path, NORTH, CONDEMNED) == []
