"""A place two readouts both name that is neither party of the call ("Taiwan" in a call between the American and
Chinese leaders) is a topic they share, however often the folder names it (`readouts.shares_content`): the claim
left after one-to-one matching joins its paragraph neighbour's partner on it, as on a shared content word. A party's
own name is no such topic."""

import pytest

from tests.builders import linked_starts, text_doc


def _pairs(place: str) -> set[tuple[str, str]]:
    north = text_doc("north", "Norwegian President Ola Berg held a phone call with Swedish President Ivan Sol.\n\n"
                              "President Sol reiterated that Sweden does not seek a new trade war with Norway or to "
                              f"change its system, and that the Swedish side does not support independence for {place}."
                              "\n\nBerg raised the fishing rights in the north.", side="NO")
    south = text_doc("south", "Swedish President Ivan Sol held a phone call with Norwegian President Ola Berg.\n\n"
                              f"The President reiterated that Swedish policy on {place} has not changed.\n\n"
                              f"The presidents discussed the whaling quotas near {place}.", side="SE")
    return linked_starts(north, south)


@pytest.mark.parametrize(("place", "joins"), [("Taiwan", True), ("Norway", False)])
def test_the_second_part_joins_its_neighbours_partner_on_a_place_that_is_a_topic(place, joins):
    pairs = _pairs(place)
    assert ("President Sol reiter", "The President reiter") in pairs
    assert (("that the Swedish sid", "The President reiter") in pairs) == joins
