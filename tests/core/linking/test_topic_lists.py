"""An outlet sentence linked to nothing that lists what the call discussed: each topic linked to the account claim
carrying it (helper links52); not a word that only says a topic comes ("issues"), nor a clause going on past the
list."""

from tests.builders import paper_links, text_doc

READOUT = text_doc("readout", "US President Ivan Berg spoke today with Kenyan President Tom Sol.\n\n"
                              "The two leaders agreed to expand the salmon quota in the northern fisheries.\n\n"
                              "President Berg welcomed the orchard fund for the coastal farmers.\n\n"
                              "President Sol and President Berg will stay in touch on these issues.", side="US",
                   kind="readout")
FIRST = "US President Ivan Berg spoke with Kenyan President Tom Sol on Monday, the readout said. "


def _reported_by(sentence: str) -> set[str]:
    """The readout's claims (their first 20 characters) that the outlet's sentence, after its lede, is linked to."""
    return {b for a, b in paper_links(READOUT, FIRST + sentence) if a == sentence[:20]}


def test_each_listed_topic_links_to_the_claim_carrying_it():
    reported = _reported_by("The telephone conversation touched on topics such as the salmon quota, the orchard "
                            "fund and roads.")
    assert {"The two leaders agre", "President Berg welco"} <= reported


def test_a_word_that_only_says_a_topic_comes_links_nothing():
    assert not _reported_by("The parties discussed the tolls and the issue of Kenyan support for President Berg.")


def test_a_clause_going_on_past_the_list_is_no_topic():
    assert not _reported_by("They discussed the ferry timetable, hours after Minister Lund spoke about the salmon "
                            "quota and the orchard fund in a radio interview.")


def test_talks_focused_on_open_a_list():
    reported = _reported_by("The talks focused on the salmon quota, the orchard fund and the roads, an aide said.")
    assert {"The two leaders agre", "President Berg welco"} <= reported


def test_views_exchanged_for_an_hour_on_open_a_list():
    reported = _reported_by("We exchanged views for about an hour on the salmon quota and the orchard fund.")
    assert {"The two leaders agre", "President Berg welco"} <= reported
