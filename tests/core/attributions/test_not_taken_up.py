"""What an aide says did not come up on the call ("... was not discussed during the conversation") is the leaders' act
as he tells it, and no readout says it; what he says did come up is his own setting."""

import pytest

from tests.builders import north_south

NORTH = ("Norwegian President Ola Berg spoke today with Swedish President Eva Sol. President Berg proposed a joint "
         "patrol of the strait. He said unlicensed trawlers would face penalties.")


def _unreported(tmp_path, news: str) -> list[tuple[str, str]]:
    analysis = north_south(tmp_path, NORTH, news)
    return [(analysis.claim[u.claim].text, u.detail) for u in analysis.unreported]


def test_a_topic_an_aide_says_was_not_discussed_is_listed_as_the_leaders(tmp_path):
    news = ("Presidential aide Anders Lund said that the closure of the southern salmon rivers was not discussed "
            "during the conversation.")
    [(_, detail)] = _unreported(tmp_path, news)
    assert detail.startswith("reports what the leaders (as Anders Lund tells it) said on the call")


@pytest.mark.parametrize("news", [
    "Presidential aide Anders Lund said that the closure of the southern salmon rivers was delayed by storms.",
    "Presidential aide Anders Lund said that the closure of the southern salmon rivers was discussed at length.",
])
def test_an_aides_own_words_are_not_listed(tmp_path, news):
    assert _unreported(tmp_path, news) == []
