"""Two claims that congratulate report the same greeting only when they do not name different sides' leaders as the
one who congratulated (`courtesies.courtesy_links` with `outlet_passes.same_speaker`)."""

from tests.core.linking.reports import north, reporting

GREETED = "President Berg congratulated President Sol on his second term in office."
NORTH = north(GREETED)


def test_the_same_leaders_greeting_reports_it():
    same = "Ola Berg also congratulated Ivan Sol on the second term."
    assert reporting(NORTH, GREETED, same) == [same]


def test_the_other_leaders_greeting_on_a_shared_word_does_not():
    other = "Ivan Sol also congratulated Ola Berg on the second term of the harbour pact."
    assert reporting(NORTH, GREETED, other) == []
