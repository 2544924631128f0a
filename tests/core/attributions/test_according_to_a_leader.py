"""A leader's words given "according to" the leader are the writer's summary of the leader's position, with no verb of
saying tying them to the call: checked as the leader's words, but no report "in no readout"."""

from tests.builders import NORTH, north_south, unreported_texts

SUMMED_UP = "According to Ola Berg, Norway would send three warships to the northern strait next month.\n"


def test_a_leaders_position_according_to_the_leader_is_no_report_in_no_readout(tmp_path):
    assert unreported_texts(tmp_path, SUMMED_UP) == []


def test_it_is_still_checked_as_the_leaders_words(tmp_path):
    analysis = north_south(tmp_path, NORTH, SUMMED_UP)
    assert [x.verdict for x in analysis.attributions] == ["unsupported"]


def test_the_same_words_said_by_the_leader_are_in_no_readout(tmp_path):
    news = "President Berg said Norway would send three warships to the northern strait next month.\n"
    [report] = unreported_texts(tmp_path, news)
    assert report.startswith("President Berg said")


def test_words_according_to_the_statement_of_a_side_the_folder_lacks_are_in_no_readout(tmp_path):
    # "the statement" (Stockholm's, not in the folder) is judged as its leader is; "according to" it cites a text
    from readout_viewer.core.analysis import analyze
    from tests.builders import READOUT_FRONT
    (tmp_path / "north.md").write_text(READOUT_FRONT.format(s="Office of the Norwegian President", side="NO") + NORTH)
    (tmp_path / "news.txt").write_text("Stockholm issued a statement after the call.\n\nShe said Sweden would build a "
                                       "new bridge over the strait next year, according to the statement.\n")
    analysis = analyze(tmp_path)
    assert [analysis.claim[u.claim].text for u in analysis.unreported] == [
        "She said Sweden would build a new bridge over the strait next year, according to the statement."]
