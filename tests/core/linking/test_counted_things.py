"""Relations: a figure sets two claims apart only when it is a figure of the same thing, and a year is no count."""

from readout_viewer.core.language.figures import figures
from readout_viewer.core.model import DIVERGE
from tests.builders import related_texts


def test_a_year_written_short_is_no_count():
    assert [f.kind for f in figures("The pact they signed back in May of \u201919 holds.")] == []
    assert [f.kind for f in figures("It was signed in May of '19.")] == []
    assert [f.value for f in figures("They freed 19 fishermen.")] == [19]


def test_a_short_year_does_not_meet_the_parties_as_a_number():
    link = related_texts("The two discussed the flows of migrants across the gulf.",
                         "They discussed the flows of migrants, building on the pact signed back in May of \u201919.")
    assert link.reason != "number", link.detail


def test_counts_of_different_things_set_nothing_apart():
    link = related_texts("The call sought to show a steady dialogue between the two powers.",
                         "The premier set out three guiding rules for the ties.")
    assert link.reason != "number", link.detail


def test_counts_of_one_thing_still_diverge():
    link = related_texts("The convoy carried 4,000 blankets.", "The convoy carried 3,000 wool blankets.")
    assert (link.relation, link.reason) == (DIVERGE, "number")
    link = related_texts("The exchange freed 11 sailors.", "The exchange freed 14 sailors.")
    assert (link.relation, link.reason, link.detail) == (DIVERGE, "number", "one says 11, the other 14")
