"""Two sides' readouts: a leader's title shared ("Prime Minister") is who met, not what was said, so a readout's line
that only says the leaders spoke does not pair with the other readout's claim on what one leader said of the other
(`readouts._titles_only`)."""

from tests.builders import linked_starts, text_doc

NORTH = ("Finnish President Berg spoke today by phone with Norwegian Prime Minister Sol.\n\n"
         "President Berg underscored his support for the fisheries accord and the new harbour tariffs.\n\n"
         "The leaders agreed to keep in touch on the lighthouse.")
SOUTH = ("President Berg commended Prime Minister Sol on his leadership in the fight against the pandemic.\n\n"
         "The two leaders discussed the fisheries accord and the harbour tariffs.")


def test_a_title_shared_is_no_counterpart_of_what_was_said():
    pairs = linked_starts(text_doc("north", NORTH, side="N"), text_doc("south", SOUTH, side="S"))
    assert ("President Berg under", "The two leaders disc") in pairs  # what was said still pairs
    assert ("Finnish President Be", "President Berg comme") not in pairs
