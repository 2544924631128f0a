"""An aide's or spokesperson's account of what a leader said on the call is a report of the call: when no official
text carries it, it is listed as in no readout, with whose words it relays; the aide's own words are not."""

import pytest

from tests.builders import NORTH, north_south


def _unreported(tmp_path, news: str) -> list[tuple[str, str]]:
    """The text and detail of each claim listed as in no readout, for the two readouts and one news text."""
    analysis = north_south(tmp_path, NORTH, news)
    return [(analysis.claim[u.claim].text, u.detail) for u in analysis.unreported]


@pytest.mark.parametrize(("news", "who"), [
    ("Presidential aide Anders Lund told reporters that Berg warned Norway would send three warships to the "
     "northern strait next month.", "Berg (as Anders Lund tells it)"),
    ("Presidential aide Anders Lund said that the two presidents discussed sending three warships to the northern "
     "strait next month.", "the two presidents (as Anders Lund tells it)"),
    ("Presidential aide Anders Lund said: \"Our president said that Norway would send three warships to the northern "
     "strait next month.\"", "our president (as Anders Lund tells it)"),
    ("Berg and Sol discussed sending three warships to the northern strait next month, presidential aide Anders Lund "
     "said.", "Berg and Sol (as Anders Lund tells it)"),
])
def test_an_aides_account_of_a_leaders_words_in_no_readout_is_listed(tmp_path, news, who):
    [(text, detail)] = _unreported(tmp_path, news)
    assert text == news
    assert detail.startswith(f"reports what {who} said on the call; no official account of the event carries it")


def test_an_aides_own_words_are_no_report_of_the_call(tmp_path):
    news = "Presidential aide Anders Lund said the ferry across the northern strait was delayed by three days of storms."
    assert _unreported(tmp_path, news) == []


def test_an_aides_unit_of_several_sentences_relays_a_leader_in_those_that_open_on_one(tmp_path):
    news = ("\"Of course, the fishing season was discussed at length. Berg warned that Norway would send three warships "
            "to the northern strait next month. Sol said that Sweden would close its harbours to foreign trawlers "
            "during the winter,\" presidential aide Anders Lund said.")
    found = _unreported(tmp_path, news)
    # the aide's own opening line is not listed; each leader's sentence is, with its own leader
    assert [text.split()[0] for text, _ in found] == ["Berg", "Sol"]
    assert found[0][1].startswith("reports what Berg (as Anders Lund tells it) said")
    assert found[1][1].startswith("reports what Sol (as Anders Lund tells it) said")


def test_an_aides_own_sentence_after_a_leaders_in_one_unit_is_not_listed(tmp_path):
    news = ("Presidential aide Anders Lund said: \"Our president said that Norway would send three warships to the "
            "northern strait next month. And the old ferries will stay in the harbour until the storms have passed.\"")
    [(text, _)] = _unreported(tmp_path, news)
    assert text.startswith("Presidential aide Anders Lund said: \"Our president said")


# An aide the story introduces as speaking for a side ("Oslo aide Anders Lund") is a source of the folder: his cue
# wins over the leader's that his report opens on.
AIDE = "Oslo aide Anders Lund briefed reporters after the call.\n\n"


@pytest.mark.parametrize(("news", "who"), [
    ("At the same time, the Norwegian leader warned that Norway would send three warships to the northern strait next "
     "month, Lund said.", "the Norwegian leader (as Lund tells it)"),
    ("While discussing the fishing grounds around the islands and in the wider northern sea, Berg warned that Norway "
     "would send three warships to the northern strait next month, Lund said.", "Berg (as Lund tells it)"),
])
def test_an_aides_report_of_a_leader_after_a_setting_or_by_office_is_listed(tmp_path, news, who):
    [(text, detail)] = _unreported(tmp_path, AIDE + news)
    assert text == news
    assert detail.startswith(f"reports what {who} said on the call")


def test_an_aides_report_of_a_leader_before_a_closing_cue_with_his_title_is_listed(tmp_path):
    news = ("While discussing the fishing grounds around the islands and in the wider northern sea, Berg warned that "
            "Norway would send three warships to the northern strait next month, said Anders Lund, his foreign affairs "
            "adviser.")
    [(text, detail)] = _unreported(tmp_path, AIDE + news)
    assert text.startswith("While discussing the fishing grounds")  # the report before the cue and its aside
    assert detail.startswith("reports what Berg (as Anders Lund tells it) said on the call")
