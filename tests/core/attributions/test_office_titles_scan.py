"""The office titles before a name are read in one scan (offices.titled); each reader takes them as a scan for its own
offices would have: a title inside another title's match is skipped only where that other title is one of its own."""

from readout_viewer.core.attributions.offices import OFFICE_NAMES, TITLE_OFFICES, taken, titled
from tests.builders import text_doc

TEXT = "Leader President Rao Tan met Chancellor Ana Lind on Monday, and President Rao Tan spoke first."


def _offices(offices):
    [matches] = titled([text_doc("a", TEXT)])
    return [(m.group(1), m.group(2)) for m in taken(matches, offices)]


def test_every_office_taken_without_overlap():
    assert _offices(OFFICE_NAMES) == [("Leader", "President Rao Tan"), ("Chancellor", "Ana Lind"),
                                      ("President", "Rao Tan")]


def test_the_title_offices_alone_take_the_title_inside_another():
    assert _offices(TITLE_OFFICES) == [("President", "Rao Tan"), ("Chancellor", "Ana Lind"),
                                       ("President", "Rao Tan")]
