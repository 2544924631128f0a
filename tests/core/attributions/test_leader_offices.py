"""A leader named by office: "the prime minister said", "the PM added" (capitals only) and "the president stressed"
name the leader whom the side's official texts title so, when no other side's leader holds that office."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

US_TEXT = "President Biden spoke today with Indian Prime Minister Narendra Modi. They discussed the grain trade."
IN_TEXT = ("Prime Minister Shri Narendra Modi received a call from President Biden. The leaders reviewed the progress "
           "in the partnership on clean energy and space cooperation.")


def _found(news_text):
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"), reading("in", IN_TEXT, OFFICIAL, "MEA India", "IN")]
    return cited_verdicts(official, news_text)


def test_the_prime_minister_and_the_pm_are_the_leader_titled_so():
    said = "the leaders reviewed the progress in the partnership on clean energy and space cooperation."
    assert _found(f"Snow fell. The prime minister further said that {said}") == [("in", SUPPORTED)]
    assert _found(f"Snow fell. The PM added that {said}") == [("in", SUPPORTED)]


def test_pm_in_lower_case_is_a_time():
    assert _found("Snow fell. At 5 pm said officials the leaders reviewed the progress in clean energy.") == []


def test_the_president_is_the_one_side_leader_titled_president():
    found = _found("Snow fell. The president stressed that the leaders reviewed the progress in the partnership on "
                   "clean energy and space cooperation.")
    assert found == [("us", SUPPORTED)]  # Biden's words, which either side's account may carry
