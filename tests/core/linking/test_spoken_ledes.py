"""A lede in the present perfect ("has spoken with") says the leaders spoke, as "spoke with" does: it reports the
readout's call line beside its content (`synonyms.WORD_GROUPS`, the talk group; "spoken" was left a word said, and with
the time of day it kept the opening from reading as a call line)."""

from tests.core.linking.test_held_call_ledes import CALL_LINE
from tests.core.linking.test_titled_ledes import _links


def test_a_lede_saying_the_leader_has_spoken_with_the_other_reports_the_call_line_and_its_content():
    lede = ("US President Ivan Berg has spoken with Kenyan President Tom Sol on Wednesday afternoon, praising President "
            "Sol for the harbour accord.")
    links = _links(lede)
    assert (lede[:20], CALL_LINE) in links
    assert (lede[:20], "President Berg prais") in links


def test_a_lede_on_a_leader_who_has_spoken_with_someone_else_does_not():
    lede = ("US President Ivan Berg has spoken with the harbour unions on Wednesday afternoon, praising President "
            "Sol for the harbour accord.")
    assert (lede[:20], CALL_LINE) not in _links(lede)
