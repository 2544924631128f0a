"""A leader's words to reporters ("..., Biden said during a brief exchange with reporters", "when asked by reporters")
were said outside the call: no report "in no readout"."""

from tests.builders import north_south

NORTH = ("Norwegian President Ola Berg spoke today with Swedish President Eva Sol. President Berg proposed a joint "
         "patrol of the strait. He said unlicensed trawlers would face penalties.")
WARSHIPS = "President Berg warned that Norway would send three warships to the northern strait next month"


def _unreported(tmp_path, news: str) -> list[str]:
    analysis = north_south(tmp_path, NORTH, news)
    return [analysis.claim[u.claim].text for u in analysis.unreported]


def test_a_leaders_words_to_reporters_are_no_report_in_no_readout(tmp_path):
    assert _unreported(tmp_path, WARSHIPS + " during a brief exchange with reporters at the palace.\n") == []
    assert _unreported(tmp_path, WARSHIPS + " when asked about the call by reporters.\n") == []


def test_the_same_words_with_no_reporters_are_in_no_readout(tmp_path):
    [report] = _unreported(tmp_path, WARSHIPS + ".\n")
    assert report.startswith("President Berg warned")
