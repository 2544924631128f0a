"""Briefings: two claims that tell of a leader informing, briefing or updating another report the same briefing
(`courtesies.briefing_links`) when they share more than the briefing verb; two leaders' briefings do not."""

from readout_viewer.core.language.synonyms import BRIEFING
from tests.core.linking.reports import north, reporting

INFORMED = "Ola Berg informed the Swedish president about recent Norwegian-Japanese contacts."
NORTH = north(INFORMED)


def test_the_verbs_of_a_briefing():
    for said in ("Berg informed Sol of the talks.", 'Berg "briefed" Sol on the talks.',
                 "Berg provided an update on the talks.", "Berg gave Sol an update on the talks.",
                 "Berg apprised Sol of the talks."):
        assert BRIEFING.search(said), said


def test_information_and_a_press_briefing_are_no_briefing():
    for said in ("The two discussed information security.", "The press briefing was held at noon.",
                 "It was a brief call."):
        assert not BRIEFING.search(said), said


def test_a_briefing_retold_in_other_words_reports_the_briefing():
    update = "Berg provided an update on the latest interactions between Norway and Japan."
    briefed = 'The palace later said that Berg "briefed" Sol on the talks with Japanese officials.'
    for said in (update, briefed):
        assert reporting(NORTH, INFORMED, said) == [said]


def test_another_leaders_briefing_sharing_only_the_verb_is_not_reported():
    other = "Sol began by informing about the successful passage of the fisheries bill."
    assert not reporting(NORTH, INFORMED, other)


def test_a_briefing_told_in_a_readouts_other_words_reports_an_outlets_briefed():
    assessment = "Ola Berg gave his frank assessment of the harbour standoff with Denmark."
    briefed = "Berg also briefed Sol about the harbour standoff."
    assert reporting(north(assessment), assessment, briefed) == [briefed]


def test_the_briefers_line_does_not_report_the_other_leaders_thanks():
    thanks = "Ivan Sol expressed gratitude for the information provided on the harbour standoff."
    briefed = "Berg briefed his Swedish counterpart on the harbour standoff."
    assert not reporting(north(thanks), thanks, briefed)
