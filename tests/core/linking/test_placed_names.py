"""A name the engine sets aside as who the event is about (a leader's seat, his office) is a claim's content where
both claims name it as where someone goes or what he takes part in ("invited Sol to the Amber Palace"); links72."""

from types import SimpleNamespace

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking import counterparts
from readout_viewer.core.linking.terms import terms


def test_names_after_a_word_of_going_are_placed_and_a_subject_is_not():
    said = terms("The Amber Palace said Berg will visit the Jade Hall and invited Sol to the Blue Fort today.")
    assert said.placed == {concept(w) for w in ("jade", "hall", "blue", "fort")}
    assert terms("Berg attended the Harbour Summit in Oslo").placed == {concept("harbour"), concept("summit")}


def test_a_seat_both_claims_go_to_is_content_a_country_is_not():
    seat, country = {concept("amber"), concept("palace")}, concept("norway")
    w = SimpleNamespace(who=frozenset(seat | {country}))
    to_seat = terms("Sol invited Berg to the Amber Palace")
    seat_says = terms("The Amber Palace invited Berg")
    assert counterparts._content(to_seat, to_seat, to_seat.concepts, w) >= seat
    assert not counterparts._content(to_seat, seat_says, frozenset(seat), w)
    to_country = terms("Sol invited Berg to Norway")
    assert country in to_country.placed & to_country.concepts
    assert country not in counterparts._content(to_country, to_country, to_country.concepts, w)

