"""The fourth probe of real sentences (eval/unrep_probe4.yaml; docs/engine.md, Round 50, helper unrep26): both
leaders' act told with no source after "In this context," or with a long title before a name, and a promise they made,
is listed as in no readout; a leader's words told to a broadcaster are no report of the call; a report opening on a
month that is not the call's is dated apart; words after a post on X retell the post."""

from datetime import date

import pytest

from readout_viewer.core.attributions.occasions import told_elsewhere
from readout_viewer.core.attributions.unreported import POSTED
from readout_viewer.core.attributions.unreported_joint import joint_pattern
from readout_viewer.core.attributions.unreported_words import of_another_month
from tests.builders import NORTH, north_south

WARSHIPS = "to send three warships to the northern strait next month"


def _unreported(tmp_path, news: str) -> list[str]:
    """The text of each claim listed as in no readout, for the two readouts (dated 10 January 2024) and one news text."""
    analysis = north_south(tmp_path, NORTH, news)
    return [analysis.claim[u.claim].text for u in analysis.unreported]


@pytest.mark.parametrize("news", [
    f"In this context, the two leaders agreed {WARSHIPS}.",  # a lead-in of the writer's
    f"The two leaders promised {WARSHIPS}.",  # a promise made together
    f"President of the Kingdom of Norway Ola Berg and Sol agreed {WARSHIPS}.",  # a long title before a name
])
def test_both_leaders_act_told_with_no_source_is_listed(tmp_path, news):
    # main: nothing listed
    assert _unreported(tmp_path, news) == [news]


def test_they_promised_after_a_sentence_naming_the_call_is_listed(tmp_path):
    # main: nothing listed
    news = f"Berg had a phone call with Sol on Monday. They promised {WARSHIPS}."
    assert _unreported(tmp_path, news) == [f"They promised {WARSHIPS}."]


def test_the_pair_reads_titles_of_up_to_seven_words():
    pattern = joint_pattern([["ola berg"], ["eva sol"]])
    assert pattern.match(f"vice president of the united states eva sol and berg agreed {WARSHIPS}")  # main: no
    assert not pattern.match(f"the chairman of the board of the northern ferry company eva sol and berg agreed "
                             f"{WARSHIPS}")  # eight words: as on main


@pytest.mark.parametrize("news", [
    f"During the call, the two leaders agreed {WARSHIPS}.",  # the call as the time: a readout's words, otherwise
    f"The two leaders will promise {WARSHIPS}.",  # not done on the call
])
def test_what_is_no_joint_act_told_by_the_writer_is_not_listed(tmp_path, news):
    assert _unreported(tmp_path, news) == []  # as on main


RADIO = "\u201cNorway is ready to send three warships to the northern strait next month,\u201d Berg told Norway\u2019s NRK radio."


def test_words_told_to_a_broadcaster_are_told_elsewhere():
    assert told_elsewhere(RADIO, 0, len(RADIO), "Berg")  # main: False
    TV = "Berg told state television the strait must stay open."
    assert told_elsewhere(TV, 0, len(TV), "Berg")  # main: False
    counterpart = f"Berg told Sol he was ready {WARSHIPS}."
    assert not told_elsewhere(counterpart, 0, len(counterpart), "Berg")  # his counterpart: as on main


def test_words_told_to_a_broadcaster_are_not_listed(tmp_path):
    assert _unreported(tmp_path, RADIO) == []  # main: listed as Berg's
    told = f"Berg told Norway\u2019s NRK radio that Norway was ready {WARSHIPS}."
    assert _unreported(tmp_path, told) == []  # main: listed as Berg's
    news = f"Berg told Sol that Norway was ready {WARSHIPS}."
    assert _unreported(tmp_path, news) == [news]  # his counterpart: as on main


CALL_DAY = [date(2024, 1, 10)]


def test_a_report_opening_on_another_month_is_dated_apart():
    assert of_another_month(f"In November, Berg said Norway was ready {WARSHIPS}.", CALL_DAY)
    assert not of_another_month(f"In January, Berg said Norway was ready {WARSHIPS}.", CALL_DAY)  # the call's month
    assert not of_another_month("Berg called for the deal brokered in November to be kept.", CALL_DAY)  # inside
    assert not of_another_month(f"In November 5, Berg said Norway was ready {WARSHIPS}.", CALL_DAY)  # a day
    assert not of_another_month(f"In November, Berg said Norway was ready {WARSHIPS}.", [])  # no call day


def test_a_report_opening_on_another_month_is_not_listed(tmp_path):
    assert _unreported(tmp_path, f"In November, Berg said Norway was ready {WARSHIPS}.") == []  # main: listed
    news = f"Berg said Norway was ready {WARSHIPS}."
    assert _unreported(tmp_path, news) == [news]  # as on main


def test_words_after_a_post_on_x_retell_the_post():
    posted = f"Berg confirmed on X that the call with Sol had taken place. He said Norway was ready {WARSHIPS}."
    assert POSTED.search(posted)  # main: no
    assert not POSTED.search("Berg said the x-ray of the strait was clear.")  # as on main


def test_words_after_a_post_on_x_are_not_listed(tmp_path):
    posted = f"Berg confirmed on X that the call with Sol had taken place. He said Norway was ready {WARSHIPS}."
    assert _unreported(tmp_path, posted) == []  # main: "He said ..." listed as Berg's
    news = f"Berg confirmed the call with Sol had taken place. He said Norway was ready {WARSHIPS}."
    assert _unreported(tmp_path, news) == [f"He said Norway was ready {WARSHIPS}."]  # as on main
