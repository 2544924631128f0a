"""A leader's office by the leader's name ("Trudeau's office said", "the office of Trudeau") is the body that issues
that leader's readouts: its words are checked against that side's official text alone, as an institution's are."""

from readout_viewer.core.model import MISATTRIBUTED, OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

US_TEXT = ("President Biden spoke today with Prime Minister Trudeau. They discussed the reopening of the shared "
           "border to fully vaccinated travellers.")
CA_TEXT = "The Prime Minister spoke with President Biden. He raised the tariffs on Canadian softwood lumber exports."
LEAD = "Canadian Prime Minister Justin Trudeau spoke with U.S. President Joe Biden on Monday."


def _cited(news):
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"),
                reading("ca", CA_TEXT, OFFICIAL, "Prime Minister of Canada", "CA")]
    return cited_verdicts(official, f"{LEAD} {news}")


def test_a_leader_s_office_is_that_side_s_official_text():
    assert _cited("Trudeau's office said he raised the tariffs on Canadian softwood lumber exports.") == [
        ("ca", SUPPORTED)]
    assert _cited("According to the office of Justin Trudeau, he raised the tariffs on Canadian softwood lumber "
                  "exports.") == [("ca", SUPPORTED)]


def test_a_leader_s_office_is_held_to_its_own_text():
    assert _cited("Trudeau's office said they discussed the reopening of the shared border to fully vaccinated "
                  "travellers.") == [("ca", MISATTRIBUTED)]


def test_a_courtesy_title_before_the_name():
    assert _cited("He raised the tariffs on Canadian softwood lumber exports, according to Mr. Trudeau's office.") == [
        ("ca", SUPPORTED)]


def test_a_leader_s_office_by_the_side_and_the_title():
    assert _cited("The Office of Canada's Prime Minister said he raised the tariffs on Canadian softwood lumber "
                  "exports.") == [("ca", SUPPORTED)]
    assert _cited("The Canadian prime minister's office said they discussed the reopening of the shared border to "
                  "fully vaccinated travellers.") == [("ca", MISATTRIBUTED)]


def test_the_office_alone_stands_for_the_last_office_named():
    found = _cited("Trudeau's office said the call was warm. \"The Prime Minister raised the tariffs on Canadian "
                   "softwood lumber exports,\" the office said via Twitter.")
    assert found[-1] == ("ca", SUPPORTED) and len(found) == 2
