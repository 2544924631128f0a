"""Forms of citation read on the calls of round 32 (helper attr28): an account of the call named by its parties, a
shared statement, a briefing with reporters, "the source" for an unnamed official (cues, named_cues, cue_sides)."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

NO_TEXT = ("Norwegian President Lars Berg spoke with Swedish President Eva Lund. The leaders agreed to reopen the "
           "river port. The two leaders pledged to remain in close coordination on the issue.")


def _north():
    return [reading("no", NO_TEXT, OFFICIAL, "Office of the President", "NO")]


def test_an_account_of_the_call_named_by_its_parties_and_what_points_back_to_it():
    news = ("According to a readout of the call between Berg and Lund, the leaders agreed to reopen the river port.\n\n"
            "The two leaders pledged to remain in close coordination on the issue, the statement said.\n\n"
            "The leaders agreed to reopen the river port, it added.")
    assert cited_verdicts(_north(), news) == [("no", SUPPORTED)] * 3


def test_a_shared_statement_only_says_in_what():
    assert cited_verdicts(_north(), "The leaders agreed to reopen the river port, the Office of the President "
                                    "reported in a shared statement.") == [("no", SUPPORTED)]


def test_a_briefing_with_reporters_only_says_to_whom():
    assert cited_verdicts(_north(), "The leaders agreed to reopen the river port, the Office of the President said "
                                    "in a briefing with reporters.") == [("no", SUPPORTED)]


def test_the_source_is_the_unnamed_official_named_before():
    news = ("The leaders agreed to reopen the river port, a Norwegian official said. \"The two leaders pledged to "
            "remain in close coordination on the issue,\" the source said.")
    assert cited_verdicts(_north(), news) == [("no", SUPPORTED)] * 2
